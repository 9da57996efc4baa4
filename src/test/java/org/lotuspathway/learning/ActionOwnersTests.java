package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.security.Roles;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Staff users are looked up once a request or a transaction, however often they are asked for. */
class ActionOwnersTests {

    private final IdentityService identity = mock(IdentityService.class);
    private final UserQuery query = mock(UserQuery.class, RETURNS_SELF);
    private final ActionOwners owners = new ActionOwners(identity);

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

        verify(identity, times(Roles.STAFF.size())).createUserQuery();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        owners.staffNames();
        verify(identity, times(2 * Roles.STAFF.size())).createUserQuery();
    }

    /** A review completed outside a request (Tasklist's REST call, a job) still looks them up once. */
    @Test
    void onceATransaction() {
        staffIsLee();
        TransactionSynchronizationManager.initSynchronization();

        assertThat(owners.options()).hasSize(1);
        assertThat(owners.userNamed("Lee Dare")).contains("lead");
        verify(identity, times(Roles.STAFF.size())).createUserQuery();

        noTransaction();
        owners.staffNames();
        verify(identity, times(2 * Roles.STAFF.size())).createUserQuery();
    }

    private void staffIsLee() {
        User lead = mock(User.class);
        when(lead.getId()).thenReturn("lead");
        when(lead.getFirstName()).thenReturn("Lee");
        when(lead.getLastName()).thenReturn("Dare");
        when(identity.createUserQuery()).thenReturn(query);
        when(query.memberOfGroup(anyString())).thenReturn(query);
        when(query.list()).thenReturn(List.of(lead));
    }
}
