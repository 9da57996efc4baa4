package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.security.Endpoints.noServerError;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * HTML and script typed into every kind of free text (the intake form, the API, task forms, the
 * practitioner's reply, the update letter, a pause's reason) come back on every page that shows
 * them as the very text that was typed, never as markup a browser would run; and so in the PDF.
 */
@PathwayTest
class MarkupInjectionTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    static final String HOSTILE = SCRIPT + IMAGE;

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;

    @Test
    void markupInTheIntakeFormIsShownAsTextOnEveryPage() throws Exception {
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("raise-concern", driver.today()));
        answers.putAll(Map.of("title", "Dr", "familyName", HOSTILE, "summary", HOSTILE, "register", "GMC",
                "registerNumber", "6300001"));
        String location = mvc.perform(form(post("/concerns"), answers).with(caseManager()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String key = location.substring("/cases/".length());
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        assertShownAsText(page("/cases/" + key, caseManager()), "Dr " + HOSTILE, HOSTILE);
        assertShownAsText(page("/tasks?search=" + key, caseManager()), "Dr " + HOSTILE);
        assertShownAsText(page("/tasks/" + taskId, caseManager()), "Dr " + HOSTILE);
        mvc.perform(get("/api/concerns/{key}", key).with(caseManager()))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void markupSentToTheApiIsShownAsTextOnTheCasePage() throws Exception {
        String body = """
                {"practitioner": {"name": "Dr <b>Bold</b>", "profession": "GP", "register": "GMC",
                 "registerNumber": "6300002"}, "source": "PATIENT", "concernAreas": ["CLINICAL"],
                 "summary": "%s", "receivedOn": "2026-11-20"}""".formatted(HOSTILE.replace("\"", "\\\""));
        String key = mvc.perform(post("/api/concerns").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location")
                .replace("/api/concerns/", "");

        assertShownAsText(page("/cases/" + key, caseManager()), "Dr <b>Bold</b>", HOSTILE);
    }

    @Test
    void markupInTaskFormsTheReplyAndTheLetterIsShownAsTextAndPrintedAsText() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        submit(ConcernPathway.TASK_TRIAGE_CONCERN, key, "triage-concern", caseManager(), Map.of("likelihood", "3",
                "impact", "3", "insight", "FULL", "triageNotes", HOSTILE, "contextNotes", IMAGE));
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        submit(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, key, "panel-discussion", as("pag", Roles.PANEL),
                Map.of("decision", "LOCAL_REMEDIATION", "meetingDate", driver.today().toString(),
                        "attendees", HOSTILE, "reasons", "Reasons " + HOSTILE));
        submit(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, key, "practitioner-update", caseManager(),
                Map.of("outcome", "Outcome " + HOSTILE, "namedContact", "Cara " + IMAGE));
        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                .param("kind", "COMMENT").param("message", "Reply " + HOSTILE)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{key}/pause", key).param("reason", "Pause " + HOSTILE).with(caseManager()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long letter = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0).id();

        assertShownAsText(page("/cases/" + key, caseManager()), HOSTILE, "Reasons " + HOSTILE, "Reply " + HOSTILE,
                "Pause " + HOSTILE);
        assertShownAsText(page("/tasks/" + driver.task(key, ConcernPathway.TASK_REPLY_TO_PRACTITIONER).getId(),
                caseManager()));
        assertShownAsText(page("/portal/cases/" + key, practitioner()));
        assertShownAsText(page("/portal/letters/" + letter, practitioner()), "Outcome " + HOSTILE, "Cara " + IMAGE);
        assertShownAsText(page("/admin/audit?businessKey=" + key, as("admin", Roles.ADMIN)));

        byte[] pdf = mvc.perform(get("/portal/letters/{id}/letter.pdf", letter).with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("Outcome " + HOSTILE, "Cara " + IMAGE);
    }

    private Document page(String path, RequestPostProcessor person) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(person)).andExpect(noServerError()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The page shows each text as typed, and has no script, image or handler that came from it. */
    private static void assertShownAsText(Document page, String... texts) {
        for (Element script : page.select("script")) {
            assertThat(script.attr("src")).as("a script not from the site's assets").startsWith("/assets/");
        }
        assertThat(page.select("img[src=x]")).as("an image from typed text").isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("an event handler on " + element.tagName()).doesNotStartWith("on");
            }
        }
        String shown = page.text();
        for (String text : texts) {
            assertThat(shown).contains(text);
        }
    }

    private void submit(String taskKey, String businessKey, String formId, RequestPostProcessor person,
            Map<String, Object> changes) throws Exception {
        String taskId = driver.task(businessKey, taskKey).getId();
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid(formId, driver.today()));
        answers.putAll(changes);
        mvc.perform(form(post("/tasks/{id}", taskId), answers).with(person).with(csrf()))
                .andExpect(noServerError()).andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, Object> answers) {
        answers.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> request.param(name, String.valueOf(v)));
            } else {
                request.param(name, String.valueOf(value));
            }
        });
        return request;
    }
}
