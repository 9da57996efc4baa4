package org.lotuspathway.audit;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.StaffDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who viewed and changed which case. A line written during a change
 * joins that change's transaction, so the change and its record are saved together or not at all.
 */
@Service
public class AuditLog {

    /** Who acts when nobody signed in does: the engine's timers and retries. */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final StaffDirectory staff;
    private final PathwayClock clock;

    AuditLog(AuditEventRepository events, StaffDirectory staff, PathwayClock clock) {
        this.events = events;
        this.staff = staff;
        this.clock = clock;
    }

    /** Records something the current user did (or the engine, if nobody is signed in). */
    @Transactional
    public AuditEvent record(AuditAction action, String businessKey, String detail) {
        return record(currentActor(), action, businessKey, detail);
    }

    @Transactional
    public AuditEvent record(String actor, AuditAction action, String businessKey, String detail) {
        return events.save(new AuditEvent(clock.now(), actor, action, businessKey, detail));
    }

    /** Newest first, {@link AuditFilter#PAGE_SIZE} a page. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter) {
        return events.search(filter, PageRequest.of(filter.page(), AuditFilter.PAGE_SIZE));
    }

    /**
     * The person behind the current work: whoever Spring Security signed in on this thread (our
     * pages, the API, Cockpit and Tasklist, the engine's REST API), else whoever the engine was told
     * is acting, else the engine itself.
     */
    String currentActor() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return signedIn.getName();
        }
        return staff.actingUser().orElse(SYSTEM);
    }
}
