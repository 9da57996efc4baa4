package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 16, point 3: each task page shows what its step needs, read from the case's own records;
 * the message after completing a task says what was decided and what happens next; groups are
 * named, not given by their ids. Before the change the pages showed only the form and the case
 * summary, the message only "Done: ...", and a refusal "This task is for ro".
 */
@PathwayTest
class TaskPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;

    @Test
    void afterTriageTheMessageSaysTheBandAndWhoActsNextAndTheInterimTaskShowsTheTriage() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-11-23T09:15")); // a Monday
        String key = driver.raise(PathwayDriver.concernAbout("Dr Triaged Fully", "7262601"));
        String triage = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        MvcResult done = mvc.perform(post("/tasks/{id}", triage).with(caseManager()).with(csrf())
                .param("likelihood", "5").param("impact", "4").param("insight", "PARTIAL")
                .param("immediateRisk", "true").param("immediateRiskDetails", "Still doing unsupervised minor surgery.")
                .param("contextFactors", "WORKLOAD", "ISOLATION").param("contextNotes", "Single-handed since June.")
                .param("wellbeingConcern", "true").param("wellbeingNotes", "Sounded very low.")
                .param("triageNotes", "Serious and likely to recur")).andReturn();
        String message = (String) done.getFlashMap().get("message");
        assertThat(message).startsWith("Done: Triage the concern for " + key + ". Risk band high (score 20), so urgent panel. "
                + "Next: ").contains("Consider interim action, for Responsible Officer, due by ",
                        // issue 16, point 6, from the task page: a check-in at once, by the second working day
                        "Check in on the practitioner's wellbeing, for Wellbeing contacts, due by Wednesday 25 November 2026");

        String interim = driver.task(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION).getId();
        Document page = html(mvc.perform(get("/tasks/{id}", interim).with(responsibleOfficer())).andExpect(status().isOk()).andReturn());
        String aside = page.select("#interim-triage").text();
        assertThat(aside).contains("5 (likelihood) x 4 (impact) = 20", "High: Urgent panel",
                "Yes: Still doing unsupervised minor surgery.", "Some insight", "Workload, Professional isolation",
                "Single-handed since June.", "May be vulnerable or need support now: Sounded very low.",
                "Serious and likely to recur");

        Document notYours = html(mvc.perform(get("/tasks/{id}", interim).with(as("wellbeing", "wellbeing"))).andReturn());
        assertThat(notYours.text()).contains("This task is for Responsible Officer").doesNotContain("for ro");
    }

    @Test
    void theUrgentWellbeingTaskShowsWhatTheWellbeingContactWrote() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Urgent Notes", "7262602"));
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "URGENT_CONCERN", "notes", "Said they cannot see a way through this.",
                        "contactMethod", "PHONE"));
        String urgent = driver.task(key, ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", urgent).with(responsibleOfficer())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#urgent-check-in").text()).contains("Urgent concern",
                "Said they cannot see a way through this.", "(phone)");
    }

    @Test
    void theReplyTaskShowsTheMessageInFullWithTheNumberToCall() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String longMessage = "Could we talk about what the group needs from me? " + "I work Mondays and Tuesdays. ".repeat(20);
        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                .param("kind", "CALL_REQUEST").param("message", longMessage).param("phone", "07700 900123"));
        String reply = driver.task(key, ConcernPathway.TASK_REPLY_TO_PRACTITIONER).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", reply).with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#practitioner-messages .lotus-message-text").text()).isEqualTo(longMessage.strip());
        assertThat(page.select("#practitioner-messages .lotus-call-number a").attr("href")).isEqualTo("tel:07700900123");
        assertThat(page.select("#practitioner-messages").text()).contains("A request for a call", "07700 900123");
    }

    @Test
    void theUpdateTaskShowsTheLetterAsThePractitionerWillSeeItAndItsButtonSendsIt() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Letter Preview", "7262604"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");
        String update = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", update).with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#letter-preview .lotus-letter").text()).contains("Dear Dr Preview",
                "To work under supervision for six months.");
        assertThat(page.select("#task-form button[type=submit]").text()).isEqualTo("Send the update");

        MvcResult sent = mvc.perform(post("/tasks/{id}", update).with(caseManager()).with(csrf())
                .params(formOf(page))).andReturn();
        assertThat((String) sent.getFlashMap().get("message")).startsWith(
                "Done: Send the practitioner an update for " + key + ". \"").contains(
                "is kept on the case; the practitioner has no portal account, so send it to them yourself.");
    }

    @Test
    void aStepKeptAsItsAnswersSaysWhatWasChosen() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Interim Choice", "7262605"));
        driver.triageAs(key, 5, 5);
        String interim = driver.task(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION).getId();

        MvcResult done = mvc.perform(post("/tasks/{id}", interim).with(responsibleOfficer()).with(csrf())
                .param("interimAction", "NONE").param("interimReasons", "Supervision is in place.")
                .param("practitionerToldOn", driver.today().toString())).andReturn();
        assertThat((String) done.getFlashMap().get("message")).startsWith("Done: Consider interim action for " + key
                + ". Interim action decided: No interim action needed.").contains("Next: Record the PAG/PSG discussion, for PAG/PSG members");
    }

    /** The fields of the page's task form with what they hold, as a browser would post them. */
    private static org.springframework.util.MultiValueMap<String, String> formOf(Document page) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        page.select("#task-form input[name], #task-form textarea[name], #task-form select[name]").forEach(field -> {
            String type = field.attr("type");
            if (("radio".equals(type) || "checkbox".equals(type)) && !field.hasAttr("checked")) {
                return;
            }
            String value = field.tagName().equals("textarea") ? field.text()
                    : field.tagName().equals("select") ? field.select("option[selected]").val() : field.val();
            if (!value.isEmpty() && !field.attr("name").equals("_csrf")) {
                form.add(field.attr("name"), value);
            }
        });
        return form;
    }
}
