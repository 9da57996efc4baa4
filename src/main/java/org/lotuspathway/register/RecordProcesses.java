package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.Roles;
import org.lotuspathway.process.engine.PathwayInstances;
import org.springframework.stereotype.Component;

/**
 * The register's only calls to the engine: starting its two small processes on a case, a
 * reminder of a check falling due and a practitioner's request for a correction. Each carries the
 * case's business key, so its task shows with the case in the task list.
 */
@Component
class RecordProcesses {

    static final String VAR_CHECK_GROUP = "checkGroup";
    static final String VAR_CHECK_ASSIGNEE = "checkAssignee";
    static final String VAR_CHECK_DUE_ON = "checkDueOn";
    static final String VAR_CHECK_KIND = "checkKind";
    static final String VAR_CASE_MANAGER = "caseManager";

    private final PathwayInstances instances;

    RecordProcesses(PathwayInstances instances) {
        this.instances = instances;
    }

    /**
     * A revalidation goes to the Responsible Officer, who recommends it to the GMC; a renewal or a
     * DBS check to the case's case manager. Due at the start of the day the check falls due.
     */
    void remind(String businessKey, CheckKind kind, LocalDate dueOn, String caseManager) {
        boolean revalidation = kind == CheckKind.REVALIDATION;
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_CHECK_KIND, kind.name());
        variables.put(VAR_CHECK_GROUP, revalidation ? Roles.RESPONSIBLE_OFFICER : Roles.CASE_MANAGER);
        variables.put(VAR_CHECK_ASSIGNEE, revalidation ? null : caseManager);
        variables.put(VAR_CHECK_DUE_ON, Date.from(dueOn.atStartOfDay(PathwayClock.UK).toInstant()));
        instances.start(ConcernPathway.CHECK_DUE_ID, businessKey, variables);
    }

    void askForCorrection(String businessKey, String caseManager) {
        instances.start(ConcernPathway.RECORD_CORRECTION_ID, businessKey,
                Map.of(VAR_CASE_MANAGER, caseManager));
    }
}
