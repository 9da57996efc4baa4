package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditFilter;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.register.StatusUpdate.VettingInput;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The practitioner's own record in the portal: theirs only, read-only, with a way to ask for a correction. */
@PathwayTest
class OwnRecordTests {

    static final String OWN = "/portal/record/GMC/7000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    PractitionerRecords records;
    @Autowired
    CorrectionRequestRepository requests;
    @Autowired
    AuditLog audit;

    String key;

    @BeforeEach
    void annHasACaseAndADbsCheck() {
        key = new RegisterCases(driver, intake).raise("Dr Ann Example", "7000001");
        records.update("GMC", "7000001", new StatusUpdate(null, null,
                new VettingInput("ENHANCED", "ADULT", "009876543210", "2026-06-01", true, null)), "casemanager");
    }

    @Test
    void aPractitionerReadsTheirOwnRecordButCannotChangeIt() throws Exception {
        mvc.perform(get("/portal/record").with(practitioner())).andExpect(redirectedUrl(OWN));
        Document page = html(mvc.perform(get(OWN).with(practitioner())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Your record");
        assertThat(page.select("#vetting + dl").text()).contains("Enhanced", "********3210", "Subscribed");
        assertThat(page.text()).doesNotContain("009876543210");
        assertThat(page.select("a[href^=/portal/cases/" + key + "]")).hasSize(1);
        // found by the crawl: the portal's home and the record gave the same case two different "raised on" days
        Document home = html(mvc.perform(get("/portal").with(practitioner())).andExpect(status().isOk()).andReturn());
        String raisedOn = home.select(".nhsuk-card:has(a[href$=" + key + "]) .nhsuk-card__description").text()
                .replaceAll("^Raised on (.+?)\\..*$", "$1");
        assertThat(page.select("li:has(a[href$=" + key + "])").text()).contains("raised on " + raisedOn + ",");
        assertThat(page.select("a[href^=/practitioners]")).as("no way to change it").isEmpty();
        assertThat(audit.search(new AuditFilter("GMC 7000001", "practitioner", null, null, 0)).getContent())
                .extracting(AuditEvent::action).contains(AuditAction.VIEWED_PRACTITIONER);
    }

    @Test
    void anyoneElsesRecordIsNotFound() throws Exception {
        mvc.perform(get(OWN).with(as("practitioner2", "practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/record/GMC/0000000").with(practitioner())).andExpect(status().isNotFound());
        mvc.perform(post(OWN + "/corrections").with(as("practitioner2", "practitioner")).with(csrf())
                .param("message", "Not mine")).andExpect(status().isNotFound());
        mvc.perform(get("/practitioners/GMC/7000001").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get(OWN).with(caseManager())).andExpect(status().isForbidden());
    }

    @Test
    void aCorrectionAskedForReachesTheCaseManagerAsATask() throws Exception {
        mvc.perform(post(OWN + "/corrections").with(practitioner()).with(csrf())
                        .param("message", "My DBS certificate is on the Update Service since March."))
                .andExpect(redirectedUrl(OWN))
                .andExpect(flash().attribute("message", "Thank you. Your case manager will look into it and reply to you."));

        String onCase = requests.findAll().stream()
                .filter(request -> request.message().equals("My DBS certificate is on the Update Service since March."))
                .max(java.util.Comparator.comparing(CorrectionRequest::requestedAt)).orElseThrow().businessKey();
        Task task = driver.task(onCase, ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST);
        assertThat(task.getAssignee()).isEqualTo("casemanager");
        Document taskPage = html(mvc.perform(get("/tasks/{id}", task.getId()).with(caseManager()))
                .andExpect(status().isOk()).andReturn());
        assertThat(taskPage.select("#correction-title ~ div").text()).contains("My DBS certificate is on the Update Service since March.");

        driver.complete(onCase, ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST, "answer-correction-request", "casemanager",
                Map.of("corrected", "ALREADY_RIGHT"));
        assertThat(driver.openTasks(onCase)).noneMatch(t -> t.getTaskDefinitionKey().equals(ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST));
        assertThat(audit.search(new AuditFilter("GMC 7000001", "practitioner", null, null, 0)).getContent())
                .extracting(AuditEvent::action).contains(AuditAction.ASKED_FOR_CORRECTION);
    }

    @Test
    void anEmptyRequestIsRefusedWithAMessageAndWithoutItsTokenNotAtAll() throws Exception {
        long before = requests.count();

        Document page = html(mvc.perform(post(OWN + "/corrections").with(practitioner()).with(csrf()).param("message", "  "))
                .andExpect(status().isBadRequest()).andReturn());
        mvc.perform(post(OWN + "/corrections").with(practitioner()).param("message", "Something")).andExpect(refusedForWantOfCsrf());

        assertThat(page.select(".nhsuk-error-summary").text()).contains("Tell us what is wrong on your record");
        assertThat(requests.count()).isEqualTo(before);
    }
}
