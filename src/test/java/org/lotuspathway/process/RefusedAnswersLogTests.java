package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Answers a task's listener refuses are the user's to put right: the step is not taken, the
 * refusal reaches whoever sent the answers with every problem, and the log gets no error, no stack
 * trace and nothing the answers said, whichever door they came by (here Camunda's own TaskService,
 * as its REST API and Tasklist use it).
 */
@PathwayTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedAnswersLogTests {

    static final String NAME = "Dr Hesper Scrimshaw";

    @Autowired
    PathwayDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void aRefusalByATasksListenerIsToldToTheUserAndNotLoggedAsAnEngineFailure(CapturedOutput output) {
        String key = driver.raise(PathwayDriver.concernAbout(NAME, "7340088"));
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        Task review = driver.task(key, ConcernPathway.TASK_REVIEW_LESSONS);
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("lessons-review", driver.today()));
        answers.put("action1", "Tell " + NAME + " what changed");
        answers.remove("action1Owner");
        int logged = output.getAll().length();

        identity.setAuthenticatedUserId("casemanager");
        Throwable refusal;
        try {
            tasks.claim(review.getId(), "casemanager");
            refusal = catchThrowable(() -> tasks.complete(review.getId(), answers));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(InvalidSubmission.in(refusal)).get().extracting(InvalidSubmission::errors)
                .isEqualTo(Map.of("action1Owner", "Name who owns improvement action 1",
                        "action1DueOn", "Give a due date for improvement action 1"));
        assertThat(driver.task(key, ConcernPathway.TASK_REVIEW_LESSONS).getId()).as("still open").isEqualTo(review.getId());
        String log = output.getAll().substring(logged);
        assertThat(log).doesNotContain("ENGINE-16004", " ERROR ", "Scrimshaw", "Exception");
    }
}
