package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.security.Roles;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;

/** Staff users are looked up once a request or a transaction, however often they are asked for. */
class ActionOwnersTests {

    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final ActionOwners owners = new ActionOwners(directory);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void onceARequest() {
        staffIsLee();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(owners.staffNames()).containsExactly(java.util.Map.entry("lead", "Lee Dare"));
        assertThat(owners.staffNames()).containsKey("lead");
        assertThat(owners.userNamed("Lee Dare")).contains("lead");
        assertThat(owners.options()).hasSize(1);

        verify(directory, times(1)).membersOfAny(Roles.STAFF);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        owners.staffNames();
        verify(directory, times(2)).membersOfAny(Roles.STAFF);
    }

    /** A review completed outside a request (Tasklist's REST call, a job) still looks them up once. */
    @Test
    void onceATransaction() {
        staffIsLee();
        TransactionSynchronizationManager.initSynchronization();

        assertThat(owners.options()).hasSize(1);
        assertThat(owners.userNamed("Lee Dare")).contains("lead");
        verify(directory, times(1)).membersOfAny(Roles.STAFF);

        noTransaction();
        owners.staffNames();
        verify(directory, times(2)).membersOfAny(Roles.STAFF);
    }

    private void staffIsLee() {
        when(directory.membersOfAny(Roles.STAFF)).thenReturn(List.of(new StaffMember("lead", "Lee", "Dare", null)));
    }
}
