package org.lotuspathway.wellbeing;

import java.util.Comparator;
import java.util.Optional;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After a check-in: how the practitioner was found. */
@Component
class CheckInStepOutcome implements StepOutcome {

    private final Concerns concerns;
    private final CheckInRepository checkIns;

    CheckInStepOutcome(Concerns concerns, CheckInRepository checkIns) {
        this.concerns = concerns;
        this.checkIns = checkIns;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> decided(String businessKey, String taskKey) {
        if (!ConcernPathway.TASK_CHECK_IN.equals(taskKey)) {
            return Optional.empty();
        }
        return checkIns.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey)).stream()
                .max(Comparator.comparing(CheckIn::recordedAt))
                .map(checkIn -> "Check-in recorded: " + checkIn.outcome().label());
    }
}
