package org.lotuspathway.concern;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CaseSteps {

    private final Concerns concerns;
    private final CaseStepRepository steps;
    private final ObjectMapper json;
    private final PathwayClock clock;

    CaseSteps(Concerns concerns, CaseStepRepository steps, ObjectMapper json, PathwayClock clock) {
        this.concerns = concerns;
        this.steps = steps;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CaseStep record(String businessKey, String stepKey, String stepName, Map<String, Object> answers,
            String recordedBy) {
        try {
            return steps.save(new CaseStep(concerns.get(businessKey), stepKey, stepName,
                    json.writeValueAsString(answers), recordedBy, clock.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers cannot be stored: " + e.getOriginalMessage(), e);
        }
    }
}
