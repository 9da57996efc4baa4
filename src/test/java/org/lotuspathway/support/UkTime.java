package org.lotuspathway.support;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Sets the engine clock to a UK wall-clock time, for fixtures that happen at known moments, and
 * runs the due jobs of one case only (its pathway and its check-ins), so that a fixture never
 * fires other tests' timers.
 */
public final class UkTime {

    private UkTime() {
    }

    public static Instant at(int year, int month, int day, int hour) {
        return TestClock.stopAt(TestClock.uk(year, month, day, hour, 0));
    }

    public static void runDueJobsOf(String businessKey, RuntimeService runtime, ManagementService management) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                    .map(ProcessInstance::getId)
                    .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().active().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep becoming due on " + businessKey);
    }

    /** The oldest open task of that kind on the case. */
    public static Task oldest(String businessKey, String taskKey, TaskService tasks) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list().stream()
                .min(Comparator.comparing(Task::getCreateTime)).orElseThrow(() -> new AssertionError("No " + taskKey + " on " + businessKey));
    }
}
