package org.lotuspathway.updates;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lotuspathway.forms.FormSubmission;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.worklist.NotPartOfACase;
import org.lotuspathway.worklist.NotYourTask;
import org.lotuspathway.worklist.OpenTask;
import org.lotuspathway.worklist.TaskCommands;
import org.lotuspathway.worklist.TaskGone;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A letter's draft, before it is sent, from its task's form as it stands: printed as a PDF to look
 * at (kept nowhere), or checked for its reading age as the case manager types. Whoever may open
 * the task may do both; neither sends or keeps anything.
 */
@Controller
@RequestMapping("/tasks/{taskId}")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class LetterDraftController {

    private final TaskCommands commands;
    private final PractitionerUpdates updates;
    private final DraftReviews reviews;

    LetterDraftController(TaskCommands commands, PractitionerUpdates updates, DraftReviews reviews) {
        this.commands = commands;
        this.updates = updates;
        this.reviews = reviews;
    }

    @PostMapping("/letter-preview")
    ResponseEntity<byte[]> preview(@PathVariable String taskId, HttpServletRequest request, Authentication user) {
        OpenTask task = letterTask(user, taskId);
        Map<String, Object> answers = answers(task, request);
        byte[] pdf = ConcernPathway.TASK_CLOSE_CASE.equals(task.taskKey())
                ? updates.previewClosure(task.businessKey(), DraftAnswers.closure(answers), user.getName())
                : updates.previewAfterPanel(task.businessKey(), DraftAnswers.update(answers), user.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("letter-preview-" + task.businessKey() + ".pdf").build().toString())
                .body(pdf);
    }

    /** What the page's reading-age panel shows, for its script to refresh as the case manager types. */
    record Check(String readingAge, double target, boolean onTarget, List<String> longSentences, List<String> longWords,
            List<DraftReview.ThirdPerson> thirdPerson) {
    }

    @PostMapping(value = "/letter-check", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Check check(@PathVariable String taskId, HttpServletRequest request, Authentication user) {
        OpenTask task = letterTask(user, taskId);
        Map<String, Object> answers = answers(task, request);
        DraftReview review = reviews.review(task.businessKey(), task.taskKey(), task.form(), answers, user.getName());
        return new Check(review.readingAgeShown(), review.target(), review.onTarget(), review.longSentences(),
                review.longWords(), review.thirdPerson());
    }

    private OpenTask letterTask(Authentication user, String taskId) {
        OpenTask task = commands.open(CurrentUser.of(user), taskId);
        if (!DraftReviews.writesALetter(task.taskKey())) {
            throw new NotPartOfACase(taskId);
        }
        return task;
    }

    /** The draft's answers, or a refusal if any is longer than its field allows. */
    private static Map<String, Object> answers(OpenTask task, HttpServletRequest request) {
        Map<String, Object> answers = FormSubmission.read(task.form(), request.getParameterMap());
        Map<String, String> tooLong = DraftAnswers.tooLong(task.form(), answers);
        if (!tooLong.isEmpty()) {
            throw new DraftTooLong("Nothing was written: " + String.join("; ", tooLong.values()) + ".");
        }
        return answers;
    }

    static final class DraftTooLong extends RuntimeException {
        DraftTooLong(String message) {
            super(message);
        }
    }

    @ExceptionHandler(DraftTooLong.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    @ResponseBody
    String tooLong(DraftTooLong refusal) {
        return refusal.getMessage();
    }

    @ExceptionHandler({TaskGone.class, NotPartOfACase.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ResponseBody
    String gone() {
        return "There is no letter to draft on that task: it may be done already.";
    }

    @ExceptionHandler(NotYourTask.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    @ResponseBody
    String notYours(NotYourTask refusal) {
        return refusal.getMessage();
    }
}
