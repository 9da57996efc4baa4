package org.lotuspathway.register;

import java.util.Map;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.TaskAside;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Beside the register's two tasks: the practitioner's checks, and what they asked to correct. */
final class RecordAsides {

    private RecordAsides() {
    }

    /** Beside a check falling due: how each of the practitioner's checks stands, and their record. */
    @Component
    static class CheckDueAside implements TaskAside {

        private final Concerns concerns;
        private final PractitionerRecords records;
        private final PractitionerChecks checks;
        private final PathwayClock clock;

        CheckDueAside(Concerns concerns, PractitionerRecords records, PractitionerChecks checks, PathwayClock clock) {
            this.concerns = concerns;
            this.records = records;
            this.checks = checks;
            this.clock = clock;
        }

        @Override
        public String taskKey() {
            return ConcernPathway.TASK_FOLLOW_UP_CHECK_DUE;
        }

        @Override
        public String template() {
            return "register/check-due-aside";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> model(String businessKey) {
            Practitioner practitioner = concerns.get(businessKey).practitioner();
            return Map.of("practitioner", practitioner,
                    "checks", checks.of(practitioner, records.recordOf(practitioner), clock.today()));
        }
    }

    /** Beside a request for a correction: what the practitioner wrote, newest first. */
    @Component
    static class CorrectionAside implements TaskAside {

        private final Concerns concerns;
        private final CorrectionRequestRepository requests;

        CorrectionAside(Concerns concerns, CorrectionRequestRepository requests) {
            this.concerns = concerns;
            this.requests = requests;
        }

        @Override
        public String taskKey() {
            return ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST;
        }

        @Override
        public String template() {
            return "register/correction-aside";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> model(String businessKey) {
            return Map.of("practitioner", concerns.get(businessKey).practitioner(),
                    "requests", requests.findByBusinessKeyOrderByRequestedAtDescIdDesc(businessKey));
        }
    }
}
