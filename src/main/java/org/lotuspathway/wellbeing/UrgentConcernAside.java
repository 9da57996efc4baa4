package org.lotuspathway.wellbeing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;
import org.lotuspathway.concern.Concerns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beside "Respond to an urgent wellbeing concern": the check-in that raised it, what the wellbeing
 * contact wrote, when and how they spoke, so whoever acts knows what was said.
 */
@Component
class UrgentConcernAside implements TaskAside {

    private final Concerns concerns;
    private final CheckInRepository checkIns;

    UrgentConcernAside(Concerns concerns, CheckInRepository checkIns) {
        this.concerns = concerns;
        this.checkIns = checkIns;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN;
    }

    @Override
    public String template() {
        return "wellbeing/urgent-aside";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(String businessKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("urgentCheckIn", checkIns.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey)).stream()
                .filter(checkIn -> checkIn.outcome() == CheckInOutcome.URGENT_CONCERN)
                .max(Comparator.comparing(CheckIn::recordedAt)).orElse(null));
        return model;
    }
}
