package org.lotuspathway.benchmark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.EngineClock;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.updates.LetterPrinting;
import org.lotuspathway.worklist.TaskCommands;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A case raised, then every task to closure through TaskCommands.complete, the path the task pages
 * take, and the closing letter printed and kept.
 */
final class OurServicesWalk {

    private static final Map<String, Map<String, Object>> VALID_ANSWERS = new ConcurrentHashMap<>();

    private OurServicesWalk() {
    }

    /** Tells {@code step} the name of each step as it begins. */
    static void walk(ConfigurableApplicationContext app, int i, Consumer<String> step) {
        step.accept("raise");
        String key = app.getBean(ConcernIntake.class).raise(concern(6_000_000 + i), DatabaseRun.CASE_MANAGER.name())
                .businessKey();
        String instance = app.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey(ConcernPathway.ID).processInstanceBusinessKey(key).singleResult().getId();
        LocalDate today = new EngineClock().today();
        complete(app, instance, ConcernPathway.TASK_TRIAGE_CONCERN, "triage-concern", PathwayDriver.triage(1, 2), step);
        complete(app, instance, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", Map.of(), step);
        complete(app, instance, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", Map.of(
                "action1", "Add referral tracking to the practice induction", "action1Owner", "Practice manager",
                "action1DueOn", today.plusMonths(2).toString()), step);
        complete(app, instance, ConcernPathway.TASK_CLOSE_CASE, "close-case", Map.of(), step);
        // the closing letter is printed just after the closing commits: the case is done when it is kept
        step.accept("closing letter printed");
        app.getBean(LetterPrinting.class).awaitPrinter();
        step.accept(null);
    }

    private static void complete(ConfigurableApplicationContext app, String instance, String taskKey, String formId,
            Map<String, Object> changes, Consumer<String> step) {
        String taskId = app.getBean(TaskService.class).createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(taskKey).singleResult().getId();
        // answers made once per form: reading the form file is the benchmark's work, not the app's
        Map<String, Object> answers = new HashMap<>(VALID_ANSWERS.computeIfAbsent(formId,
                form -> FormAnswers.valid(form, new EngineClock().today())));
        answers.putAll(changes);
        step.accept(taskKey);
        Map<String, String> problems = app.getBean(TaskCommands.class).complete(DatabaseRun.CASE_MANAGER, taskId, answers);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(taskKey + " refused its answers: " + problems);
        }
    }

    static NewConcern concern(int gmcNumber) {
        return new NewConcern(new PractitionerDetails("Dr Benchmark " + gmcNumber, Profession.GP, Register.GMC,
                String.valueOf(gmcNumber)), ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL),
                "A patient says a referral was not made.", LocalDate.of(2026, 11, 2));
    }
}
