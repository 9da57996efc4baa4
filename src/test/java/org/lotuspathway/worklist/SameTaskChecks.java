package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.RepeatedTest;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.triage.TriageAssessmentRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two case managers complete the same triage at the same moment: one succeeds, the other is told
 * plainly that the task is gone or taken, and the case holds exactly one triage. Run on H2
 * ({@link SameTaskTests}) and PostgreSQL ({@link PostgresSameTaskTests}).
 */
abstract class SameTaskChecks {

    static final List<CurrentUser> TWO_CASE_MANAGERS = List.of(
            new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER)),
            new CurrentUser("casemanager2", Set.of(Roles.CASE_MANAGER)));

    @Autowired
    TaskCommands worklist;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    TriageAssessmentRepository triage;
    @Autowired
    HistoryService history;

    @RepeatedTest(5)
    void whenTwoPeopleCompleteTheSameTaskAtOnceOneSucceedsAndTheOtherIsToldWhy() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("triage-concern", driver.today()));
        answers.putAll(PathwayDriver.triage(3, 3));

        List<Object> outcomes = completeAtOnce(taskId, answers);

        assertThat(outcomes).filteredOn(outcome -> outcome instanceof Map<?, ?> problems && problems.isEmpty())
                .as("completed").hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof TaskGone || outcome instanceof NotYourTask)
                .as("told the task is gone or taken: " + outcomes).hasSize(1);
        Concern concern = concerns.findByBusinessKey(key).orElseThrow();
        assertThat(triage.findByConcernOrderByRecordedAtAsc(concern)).as("triage records").hasSize(1);
        assertThat(concern.stage()).isEqualTo(Stage.INVESTIGATION);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(ConcernPathway.TASK_TRIAGE_CONCERN).count()).isEqualTo(1);
        assertThat(driver.openTasks(key)).singleElement()
                .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo(ConcernPathway.TASK_GATHER_INFORMATION));
    }

    /** Each outcome: the problems map returned, or the exception thrown. */
    private List<Object> completeAtOnce(String taskId, Map<String, Object> answers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(TWO_CASE_MANAGERS.size());
        try {
            List<Future<Object>> attempts = TWO_CASE_MANAGERS.stream().map(user -> pool.submit(() -> {
                start.await();
                try {
                    return (Object) worklist.complete(user, taskId, new HashMap<>(answers));
                } catch (RuntimeException refused) {
                    return refused;
                }
            })).toList();
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> attempt : attempts) {
                outcomes.add(attempt.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
