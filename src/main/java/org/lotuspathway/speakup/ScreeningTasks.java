package org.lotuspathway.speakup;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.forms.FormValidator;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.engine.DeployedForms;
import org.lotuspathway.process.engine.EngineTask;
import org.lotuspathway.process.engine.PathwayTasks;
import org.lotuspathway.process.engine.TaskTakenMeanwhile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report's open "Screen an incoming concern" task, worked from the report's own page: the task
 * list and task pages are the cases', and a report is not a case until it is accepted.
 */
@Service
class ScreeningTasks {

    private final PathwayTasks tasks;
    private final DeployedForms forms;
    private final TransactionTemplate transaction;

    ScreeningTasks(PathwayTasks tasks, DeployedForms forms, PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.forms = forms;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    record Open(String taskId, String assignee, FormSchema form) {
    }

    Optional<Open> openFor(String reference) {
        return tasks.openOf(reference).stream().filter(task -> ScreeningProcess.TASK_SCREEN.equals(task.taskKey()))
                .findFirst().map(task -> new Open(task.id(), task.assignee(),
                        forms.forTask(task.id(), task.processDefinitionId(), task.taskKey())));
    }

    /**
     * Completes the report's screening as the user: the problems with the answers (nothing changed
     * then), or an empty map when it is done. Someone else holding the task, or having just
     * completed it, is a problem too, said in words.
     */
    Map<String, String> complete(String reference, String user, Map<String, Object> answers) {
        try {
            return transaction.execute(status -> {
                Open open = openFor(reference).orElseThrow(ScreeningTasks::alreadyScreened);
                return tasks.complete(open.taskId(), user, answers, Set.of(), found -> {
                    EngineTask task = found.orElseThrow(ScreeningTasks::alreadyScreened);
                    Map<String, String> problems = FormValidator.validate(open.form(), answers);
                    if (problems.isEmpty() && task.assignee() != null && !task.assignee().equals(user)) {
                        throw InvalidSubmission.of("decision", task.assignee() + " is screening this report");
                    }
                    return problems;
                });
            });
        } catch (TaskTakenMeanwhile taken) {
            return Map.of("decision", "Someone else screened this report a moment ago. Nothing you entered was saved");
        } catch (RuntimeException e) {
            return InvalidSubmission.in(e).map(InvalidSubmission::errors).orElseThrow(() -> e);
        }
    }

    private static InvalidSubmission alreadyScreened() {
        return InvalidSubmission.of("decision",
                "This report has already been screened by someone else. Nothing you entered was saved");
    }
}
