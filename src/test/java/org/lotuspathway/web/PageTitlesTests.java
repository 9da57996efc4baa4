package org.lotuspathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Every page is titled by what it is, then the service; a refused submission comes back with a title that starts "Error: ", the first words a screen
 * reader says (WCAG 2.2, 2.4.2 and 3.3.1), whichever way the page shows the error: a form's error
 * summary, a binding's errors, or the layout's problem banner. The same pages without an error do not.
 */
@PathwayTest
class PageTitlesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;

    @Test
    void aTaskFormCompletedWithNothingFilledIn() throws Exception {
        String key = driver.raise();
        String task = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        assertThat(title(post("/tasks/{id}", task).with(caseManager()).with(csrf()), status().isBadRequest()))
                .isEqualTo("Error: Triage the concern - " + key + " - Lotus Pathway");
        assertThat(title(get("/tasks/{id}", task).with(caseManager()), status().isOk()))
                .isEqualTo("Triage the concern - " + key + " - Lotus Pathway");
    }

    @Test
    void aRegisterChangeThatIsRefused() throws Exception {
        driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));

        assertThat(title(post("/practitioners/GMC/7000001/registration").with(caseManager()).with(csrf())
                .param("status", "NOT_A_STATUS").param("revalidationDue", "31 February"), status().isBadRequest()))
                .startsWith("Error: ");
        assertThat(title(get("/practitioners/GMC/7000001/registration").with(caseManager()), status().isOk()))
                .doesNotStartWith("Error");
    }

    @Test
    void aMeetingScheduledWithNothingFilledIn() throws Exception {
        assertThat(title(post("/meetings").with(caseManager()).with(csrf()), status().isBadRequest()))
                .isEqualTo("Error: Schedule a meeting - Lotus Pathway");
        assertThat(title(get("/meetings/new").with(caseManager()), status().isOk())).isEqualTo("Schedule a meeting - Lotus Pathway");
    }

    @Test
    void aPortalMessageWithNothingWritten() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));

        assertThat(title(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf()),
                status().isBadRequest())).isEqualTo("Error: Case " + key + " - Lotus Pathway");
        assertThat(title(get("/portal/cases/{key}", key).with(practitioner()), status().isOk())).isEqualTo("Case " + key + " - Lotus Pathway");
    }

    @Test
    void aFilterNotUnderstoodShowsTheProblemBanner() throws Exception {
        assertThat(title(get("/tasks").param("view", "NOT_A_VIEW").with(caseManager()), status().isOk()))
                .startsWith("Error: ");
        assertThat(title(get("/tasks").with(caseManager()), status().isOk())).doesNotStartWith("Error");
    }

    /** Three views of the task list are three pages to someone moving between browser tabs or history. */
    @Test
    void eachViewOfTheTaskListHasItsOwnTitle() throws Exception {
        assertThat(title(get("/tasks").param("view", "MINE").with(caseManager()), status().isOk()))
                .isEqualTo("My tasks - Lotus Pathway");
        assertThat(title(get("/tasks").param("view", "TEAM").with(caseManager()), status().isOk()))
                .isEqualTo("My teams' tasks - Lotus Pathway");
        assertThat(title(get("/tasks").param("view", "ALL").with(org.lotuspathway.support.Pages.as("someone", "wellbeing")),
                status().isOk())).as("a view that is not theirs is said to be so, and theirs shown")
                .isEqualTo("Error: My teams' tasks - Lotus Pathway");
    }

    @Test
    void aTitleThatNamesTheServiceAlreadyIsNotGivenItTwice() throws Exception {
        assertThat(title(get("/login"), status().isOk())).isEqualTo("Sign in - Lotus Pathway");
    }

    private String title(RequestBuilder request, ResultMatcher expected) throws Exception {
        return html(mvc.perform(request).andExpect(expected).andReturn()).title();
    }
}
