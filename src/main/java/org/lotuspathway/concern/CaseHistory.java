package org.lotuspathway.concern;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The steps a case has been through, from the engine's history: every task, decision, timer and
 * end of the pathway and of its check-ins, in the order they started.
 */
@Service
public class CaseHistory {

    private static final Set<String> SHOWN = Set.of("startEvent", "userTask", "businessRuleTask", "callActivity",
            "boundaryTimer", "startTimerEvent", "noneEndEvent", "terminateEndEvent");

    private final HistoryService history;

    CaseHistory(HistoryService history) {
        this.history = history;
    }

    public record Step(String activityId, String name, String type, Instant startedAt, Instant endedAt,
            String assignee) {
    }

    public List<Step> of(String businessKey) {
        List<HistoricActivityInstance> activities = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            activities.addAll(history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId())
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
        }
        return activities.stream()
                .filter(a -> SHOWN.contains(a.getActivityType()) && a.getActivityName() != null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee()))
                .toList();
    }
}
