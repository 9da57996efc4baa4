package org.lotuspathway.wellbeing;

import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Beside a check-in: how the last ones went, the support plan, what to ask, and the pause. */
@Component
class CheckInAside implements TaskAside {

    /** Prompts for the conversation, not a script. */
    static final List<String> PROMPTS = List.of(
            "How are you today, honestly?",
            "How are you sleeping and eating?",
            "Who do you have around you for support?",
            "Is there anything about the process that is worrying you?",
            "Have you thought about harming yourself? (If so, act on it now: this is an urgent concern.)",
            "Would it help to talk to NHS Practitioner Health or the BMA Doctor Support Service?",
            "Is there anything we could do differently?");

    private final Concerns concerns;
    private final CheckInRepository checkIns;

    CheckInAside(Concerns concerns, CheckInRepository checkIns) {
        this.concerns = concerns;
        this.checkIns = checkIns;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_CHECK_IN;
    }

    @Override
    public String template() {
        return "wellbeing/check-in-aside";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<CheckIn> earlier = new java.util.ArrayList<>(checkIns.findByConcernOrderByRecordedAtAsc(concern));
        java.util.Collections.reverse(earlier);
        return Map.of(
                "earlierCheckIns", earlier.stream().limit(5).toList(),
                "supportPlan", earlier.stream().flatMap(c -> c.supportPlan().stream()).findFirst().orElse(""),
                "prompts", PROMPTS,
                "paused", concern.isPaused());
    }
}
