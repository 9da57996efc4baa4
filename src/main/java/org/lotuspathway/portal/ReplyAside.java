package org.lotuspathway.portal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.StepAnswers;
import org.lotuspathway.concern.StepAnswersRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beside "Reply to the practitioner": what they wrote, in full, and the number they gave when they
 * asked for a call. Every message since the team last replied, oldest first; if every one has had a
 * reply (two tasks open at once), the newest.
 */
@Component
class ReplyAside implements TaskAside {

    private final Concerns concerns;
    private final PractitionerResponseRepository responses;
    private final StepAnswersRepository steps;

    ReplyAside(Concerns concerns, PractitionerResponseRepository responses, StepAnswersRepository steps) {
        this.concerns = concerns;
        this.responses = responses;
        this.steps = steps;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_REPLY_TO_PRACTITIONER;
    }

    @Override
    public String template() {
        return "portal/reply-aside";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<PractitionerResponse> all = responses.findByConcernOrderByRecordedAtAsc(concern);
        Instant lastReply = steps.findByConcernOrderByRecordedAtAsc(concern).stream()
                .filter(step -> ConcernPathway.TASK_REPLY_TO_PRACTITIONER.equals(step.stepKey()))
                .map(StepAnswers::recordedAt).reduce((first, second) -> second).orElse(Instant.MIN);
        List<PractitionerResponse> unanswered = all.stream().filter(r -> r.recordedAt().isAfter(lastReply)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("messagesToAnswer", unanswered.isEmpty() && !all.isEmpty() ? List.of(all.get(all.size() - 1)) : unanswered);
        return model;
    }
}
