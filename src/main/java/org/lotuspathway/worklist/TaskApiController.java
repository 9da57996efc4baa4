package org.lotuspathway.worklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.CaseAccess;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.UnknownConcern;
import org.lotuspathway.forms.FormSubmission;
import org.lotuspathway.process.engine.DecisionNotEvaluated;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's open tasks, and completing one, for integrations (HTTP Basic): a case walked without a
 * browser. Answers go the task page's way: the JSON becomes what the page would have posted (with
 * the page's pre-set answers where a field is left out), read by {@link FormSubmission} and
 * completed by {@link TaskCommands#complete}, so the same answers get the same messages.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class TaskApiController {

    private final TaskCommands worklist;
    private final Concerns concerns;
    private final CaseAccess access;
    private final DraftAnswers drafts;

    TaskApiController(TaskCommands worklist, Concerns concerns, CaseAccess access, DraftAnswers drafts) {
        this.worklist = worklist;
        this.concerns = concerns;
        this.access = access;
        this.drafts = drafts;
    }

    record CaseTasks(List<CaseTask> tasks) {
    }

    record Completed(String id, String businessKey, boolean completed) {
    }

    @GetMapping("/cases/{businessKey}/tasks")
    CaseTasks tasks(@PathVariable String businessKey, Authentication user) {
        if (!access.canView(user, concerns.get(businessKey))) {
            throw new UnknownConcern(businessKey);
        }
        return new CaseTasks(worklist.openTasksOf(businessKey));
    }

    @PostMapping("/tasks/{taskId}")
    ResponseEntity<?> complete(@PathVariable String taskId, @RequestBody Map<String, Object> body,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        OpenTask task = worklist.open(user, taskId);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String[]> posted = asPosted(task, body, problems);
        if (problems.isEmpty()) {
            problems.putAll(FormSubmission.problems(task.form(), posted));
        }
        if (problems.isEmpty()) {
            problems.putAll(worklist.complete(user, taskId, FormSubmission.read(task.form(), posted)));
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiError(400, "Some answers need attention", problems));
        }
        return ResponseEntity.ok(new Completed(taskId, task.businessKey(), true));
    }

    /**
     * The answers as the task page would post them: each value as text, a list as several, a box
     * left unticked (false) not at all; a field left out as the page would show it, pre-set. A
     * field the form does not have, or a value that is an object, is refused: nothing else reaches
     * the engine. A list for a field that takes one answer is refused as the page refuses it.
     */
    private Map<String, String[]> asPosted(OpenTask task, Map<String, Object> body, Map<String, String> problems) {
        body.keySet().stream().filter(key -> task.form().field(key).isEmpty())
                .forEach(key -> problems.put(key, key + " is not a question on this task's form"));
        Map<String, Object> answers = new LinkedHashMap<>(drafts.of(task));
        answers.keySet().removeAll(body.keySet());
        answers.putAll(body);
        Map<String, String[]> posted = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (value == null || Boolean.FALSE.equals(value) || task.form().field(key).isEmpty()) {
                return;
            }
            List<String> texts = new ArrayList<>();
            for (Object item : value instanceof List<?> list ? list : List.of(value)) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    problems.put(key, key + " must be a value, or a list of values, not an object");
                    return;
                }
                if (item != null) {
                    texts.add(String.valueOf(item));
                }
            }
            posted.put(key, texts.toArray(String[]::new));
        });
        return posted;
    }

    /** The answers were fine but the lead's decision table could not be evaluated: nothing recorded, the task still open. */
    @ExceptionHandler(DecisionNotEvaluated.class)
    ResponseEntity<ApiError> decisionNotEvaluated() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.of(503, WorklistController.DECISION_PROBLEM));
    }

    @ExceptionHandler(NotYourTask.class)
    ResponseEntity<ApiError> notYours(NotYourTask refusal) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, refusal.getMessage()));
    }

    /** Done by someone else meanwhile (409), or never a task at all (404). */
    @ExceptionHandler(TaskGone.class)
    ResponseEntity<ApiError> gone(TaskGone gone) {
        return worklist.wasOnceOpen(gone.taskId())
                ? ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409,
                        "This task has already been completed, by someone else or as the case moved on. Nothing was recorded."))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "No such task"));
    }
}
