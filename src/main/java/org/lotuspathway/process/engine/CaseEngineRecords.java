package org.lotuspathway.process.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the engine keeps about a case, removed when the case is erased: its running instances, if
 * any, and the history of every instance under its business key, with the instances they called.
 * Camunda's history deletion takes the instance's activities, tasks, variables and their details,
 * incidents, identity links, comments and attachments with it; decisions and the operation log
 * are removed here. Runs
 * in the caller's transaction (the engine shares Spring's), so an erasure is whole or not at all.
 */
@Component
public class CaseEngineRecords {

    private final RuntimeService runtime;
    private final HistoryService history;

    CaseEngineRecords(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** The ids of every process instance of the case, called ones included, as history knows them. */
    public List<String> instancesOf(String businessKey) {
        List<String> ids = new ArrayList<>();
        List<String> level = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream().map(HistoricProcessInstance::getId).toList();
        while (!level.isEmpty()) {
            ids.addAll(level);
            List<String> next = new ArrayList<>();
            for (String id : level) {
                history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
                        .forEach(called -> next.add(called.getId()));
            }
            level = next;
        }
        return ids;
    }

    /** Removes the case from the engine's runtime and history; returns how many instances it had. */
    public int erase(String businessKey) {
        List<String> instances = instancesOf(businessKey);
        List<String> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream().map(instance -> instance.getId()).toList();
        for (String id : running) {
            runtime.deleteProcessInstance(id, "erased under the retention schedule", true, true);
        }
        // the triage decisions' history and the operation log (who claimed and completed what) are
        // kept apart from the instances' and are not removed with them. Run by the nightly job, with
        // nobody signed in to the engine, these deletions write no operation log lines of their own.
        for (String id : instances) {
            history.createHistoricDecisionInstanceQuery().processInstanceId(id).list()
                    .forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId()));
            history.createUserOperationLogQuery().processInstanceId(id).list()
                    .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
        }
        if (!instances.isEmpty()) {
            // called instances first: Camunda refuses nothing here, but a reader never sees an orphan
            List<String> calledFirst = new ArrayList<>(instances);
            java.util.Collections.reverse(calledFirst);
            history.deleteHistoricProcessInstancesIfExists(calledFirst);
        }
        return instances.size();
    }
}
