package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.register.StatusChange;
import org.lotuspathway.register.PractitionerRecords;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 16, point 1: a concern naming "Dr Anne Example, Dentist" with the GMC number of Dr Ann
 * Example, GP, was filed against Dr Ann Example without a word. Now the intake stops, shows the
 * practitioner on record beside what was typed, and files nothing until told it is the same person
 * (whose details are then updated, the change recorded) or the number is corrected. Before the
 * change, each refusal here was a 201 or a redirect to a new case.
 */
@PathwayTest
class IntakeIdentityTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerRepository practitioners;
    @Autowired
    PractitionerRecords records;
    @Autowired
    AuditEventRepository audit;

    @Test
    void theApiAnswers409WithTheRecordUntilTheSamePersonIsConfirmed() {
        driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7161601"));
        long filed = concerns.count();

        ResponseEntity<Map> refused = raise(body("Dr Anne Example", "DENTIST", "7161601", null));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("message")).startsWith(
                "GMC 7161601 is on record as Dr Ann Example, GP, not Dr Anne Example, Dentist. Nothing was filed.")
                .contains("\"confirmExisting\": true");
        assertThat((Map<String, Object>) refused.getBody().get("onRecord")).containsEntry("name", "Dr Ann Example")
                .containsEntry("profession", "GP").containsEntry("givenNames", "Ann").containsEntry("registerNumber", "7161601");
        assertThat((Map<String, Object>) refused.getBody().get("given")).containsEntry("name", "Dr Anne Example")
                .containsEntry("profession", "DENTIST");
        assertThat(refused.getBody()).containsEntry("concernsOnRecord", 1);
        assertThat(concerns.count()).as("nothing filed").isEqualTo(filed);
        assertThat(raise(body("Dr Anne Example", "DENTIST", "7161601", false)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(practitioner("7161601").name()).isEqualTo("Dr Ann Example");

        ResponseEntity<Map> confirmed = raise(body("Dr Anne Example", "DENTIST", "7161601", true));
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Practitioner renamed = practitioner("7161601");
        assertThat(renamed.name()).isEqualTo("Dr Anne Example");
        assertThat(renamed.profession()).isEqualTo(Profession.DENTIST);
        assertThat(concerns.findByPractitionerOrderByRaisedAtDesc(renamed)).hasSize(2);

        List<StatusChange> history = records.show("GMC", "7161601", "test").history();
        assertThat(history).extracting(StatusChange::fieldName, StatusChange::previousShown, StatusChange::newShown,
                StatusChange::changedBy).contains(
                        org.assertj.core.groups.Tuple.tuple("Name", "Dr Ann Example", "Dr Anne Example", "casemanager"),
                        org.assertj.core.groups.Tuple.tuple("Profession", "GP", "Dentist", "casemanager"));
        assertThat(audit.findByActorOrderByIdAsc("casemanager")).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(AuditAction.CONFIRMED_SAME_PRACTITIONER);
            assertThat(line.businessKey()).hasValue("GMC 7161601");
            assertThat(line.detail()).hasValueSatisfying(detail -> assertThat(detail)
                    .contains((String) confirmed.getBody().get("businessKey"), "name and profession")
                    .doesNotContain("Anne"));
        });
    }

    /** Found by the outside attack: Jackson read the number 2 as true, and the practitioner on record was renamed. */
    @Test
    void onlyTheJsonTrueConfirmsTheSamePerson() {
        driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7161605"));
        long filed = concerns.count();

        for (String notTrue : List.of("2", "1", "\"yes\"", "[true]")) {
            ResponseEntity<Map> refused = raise(body("Dr Mallory Other", "GP", "7161605", null)
                    .replace("\"receivedOn\"", "\"confirmExisting\": " + notTrue + ", \"receivedOn\""));
            assertThat(refused.getStatusCode()).as(notTrue).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((Map<String, Object>) refused.getBody().get("errors")).as(notTrue).containsKey("confirmExisting");
        }
        assertThat(raise(body("Dr Mallory Other", "GP", "7161605", null).replace("\"receivedOn\"",
                "\"confirmExisting\": 2, \"receivedOn\"")).getBody().get("errors"))
                .isEqualTo(Map.of("confirmExisting", "confirmExisting must be true or false"));
        assertThat(concerns.count()).as("nothing filed").isEqualTo(filed);
        assertThat(practitioner("7161605").name()).isEqualTo("Dr Ann Example");
    }

    @Test
    void theSameNameInAnyCaseOrAccentOrTitleIsTheSamePerson() {
        driver.raise(PathwayDriver.concernAbout("Dr Zoë Ångström", "7161602"));

        assertThat(raise(body("zoe ANGSTROM", "GP", "7161602", null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(raise(body("Prof Zoe Angström", "GP", "7161602", null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(practitioner("7161602").name()).as("kept as on record").isEqualTo("Dr Zoë Ångström");
        assertThat(raise(body("Dr Zoë Ångström", "OPTOMETRIST", "7161602", null)).getStatusCode())
                .as("another profession").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void thePageShowsTheRecordBesideWhatWasTypedAndFilesNothingUntilTheUserChooses() throws Exception {
        driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7161603"));
        long filed = concerns.count();

        Document asked = html(mvc.perform(form("Anne", "DENTIST", "7161603")).andExpect(status().isConflict()).andReturn());
        assertThat(asked.select("#identity-check h2").text()).contains("Is this the same person?");
        assertThat(asked.select("#on-record-name").text()).isEqualTo("Dr Ann Example");
        assertThat(asked.select("#entered-name").text()).isEqualTo("Dr Anne Example");
        assertThat(asked.select("#on-record-profession").text()).isEqualTo("GP");
        assertThat(asked.select("#entered-profession").text()).isEqualTo("Dentist");
        assertThat(asked.select("#field-summary").text()).as("what was typed is kept").isEqualTo("Missed referrals.");
        assertThat(concerns.count()).isEqualTo(filed);

        Document unanswered = html(mvc.perform(form("Anne", "DENTIST", "7161603").param("identityAsked", "true"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(unanswered.select("#error-identityChoice").text())
                .isEqualTo("Error: Say whether this is the same person, or correct the number");

        Document correct = html(mvc.perform(form("Anne", "DENTIST", "7161603").param("identityAsked", "true")
                .param("identityChoice", "CORRECT_NUMBER")).andExpect(status().isBadRequest()).andReturn());
        assertThat(correct.select("#error-registerNumber").text())
                .isEqualTo("Error: Correct the registration number: GMC 7161603 is Dr Ann Example, GP");
        assertThat(correct.select("#field-registerNumber").val()).isEqualTo("7161603");
        assertThat(concerns.count()).isEqualTo(filed);

        mvc.perform(form("Anne", "DENTIST", "7161604")).andExpect(redirectedUrlPattern("/cases/PSC-*"));

        mvc.perform(form("Anne", "DENTIST", "7161603").param("identityAsked", "true").param("identityChoice", "SAME"))
                .andExpect(redirectedUrlPattern("/cases/PSC-*"));
        assertThat(practitioner("7161603").name()).isEqualTo("Dr Anne Example");
    }

    private MockHttpServletRequestBuilder form(String givenNames, String profession, String number) {
        return post("/concerns").with(caseManager()).with(csrf()).param("title", "Dr").param("givenNames", givenNames)
                .param("familyName", "Example").param("profession", profession).param("register", "GMC")
                .param("registerNumber", number).param("source", "PATIENT").param("concernAreas", "CLINICAL")
                .param("summary", "Missed referrals.").param("receivedOn", "2026-11-16");
    }

    private Practitioner practitioner(String number) {
        return practitioners.findByRegisterAndRegisterNumber(Register.GMC, number).orElseThrow();
    }

    private static String body(String name, String profession, String number, Boolean confirm) {
        return """
                {"practitioner": {"name": "%s", "profession": "%s", "register": "GMC", "registerNumber": "%s"},
                 "source": "PATIENT", "concernAreas": ["CLINICAL"], "summary": "Missed referrals.",
                 "receivedOn": "2026-11-16"%s}""".formatted(name, profession, number,
                confirm == null ? "" : ", \"confirmExisting\": " + confirm);
    }

    private ResponseEntity<Map> raise(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("casemanager", "demo").postForEntity("/api/concerns", new HttpEntity<>(json, headers),
                Map.class);
    }
}
