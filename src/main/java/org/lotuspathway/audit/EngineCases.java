package org.lotuspathway.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** Which case an engine task or process instance belongs to, from the engine's history (so finished ones too). */
@Component
class EngineCases {

    private final HistoryService history;

    EngineCases(HistoryService history) {
        this.history = history;
    }

    /** The case's reference, or null when the task is unknown or belongs to no process. */
    String ofTask(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return task == null || task.getProcessInstanceId() == null ? null : ofProcessInstance(task.getProcessInstanceId());
    }

    /** The case's reference, or null when the process instance is unknown. */
    String ofProcessInstance(String processInstanceId) {
        HistoricProcessInstance pathway = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return pathway == null ? null : pathway.getBusinessKey();
    }
}
