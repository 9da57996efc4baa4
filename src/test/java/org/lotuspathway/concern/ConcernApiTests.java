package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The intake API over real HTTP: what integrations and their users see. */
@PathwayTest
class ConcernApiTests {

    static final String VALID = """
            {"practitioner": {"name": "Dr Ann Example", "profession": "GP", "register": "GMC",
             "registerNumber": "7000001"}, "source": "PATIENT", "concernAreas": ["CLINICAL"],
             "summary": "A patient says a referral was not made.", "receivedOn": "2026-11-20"}""";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ConcernIntake intake;
    @Autowired
    IdentityService identity;

    @Test
    void raisingAConcernStoresItAndStartsItsPathway() {
        ResponseEntity<Map> response = post("casemanager", VALID);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String key = (String) response.getBody().get("businessKey");
        assertThat(key).matches("PSC-\\d{4}-\\d{5}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/concerns/" + key);
        assertThat(response.getBody()).containsEntry("stage", "TRIAGE");

        Concern stored = concerns.findByBusinessKey(key).orElseThrow();
        assertThat(stored.practitioner().registration()).isEqualTo("GMC 7000001");
        assertThat(stored.raisedBy()).isEqualTo("casemanager");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(ConcernPathway.ID).count()).isEqualTo(1);
    }

    @Test
    void aConcernShowsItsStageAndHistory() {
        String key = (String) post("casemanager", VALID).getBody().get("businessKey");

        ResponseEntity<Map> response = get("ro", key);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("stage", "TRIAGE").containsEntry("stageLabel", "Initial triage");
        assertThat((Iterable<Map<String, Object>>) response.getBody().get("history"))
                .extracting(step -> step.get("activityId"))
                .containsExactly(ConcernPathway.START_CONCERN_RECEIVED, ConcernPathway.TASK_TRIAGE_CONCERN);
    }

    @Test
    void missingAndMalformedFieldsGetAMessageEachAndCreateNothing() {
        long before = concerns.count();
        ResponseEntity<Map> response = post("casemanager", """
                {"practitioner": {"name": "", "profession": "GP", "register": "GMC", "registerNumber": "123"},
                 "concernAreas": [], "summary": " ", "receivedOn": "2099-01-01"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) response.getBody().get("errors"))
                .containsEntry("practitioner.name", "Enter the practitioner's name, or their given and family names")
                .containsEntry("practitioner.registerNumber", "A GMC number has 7 digits, like 1234567")
                .containsEntry("source", "Select where the concern came from")
                .containsEntry("concernAreas", "Select at least one concern area")
                .containsEntry("summary", "Enter a summary of the concern")
                .containsEntry("receivedOn", "The date received cannot be in the future");
        assertThat(concerns.count()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"receivedOn\": \"2026-20-11\"         | receivedOn",
            "\"source\": \"GOSSIP\"                 | source",
            "\"concernAreas\": [\"CLINICAL\", 7]    | concernAreas[1]",
            "\"colour\": \"blue\"                   | colour"})
    void aMalformedValueNamesItsField(String replacement, String field) {
        long before = concerns.count();
        String property = replacement.substring(0, replacement.indexOf(':'));
        String body = VALID.replaceFirst(java.util.regex.Pattern.quote(property) + ": (\"[^\"]*\"|\\[[^\\]]*\\])", replacement);
        if (body.equals(VALID)) {
            body = VALID.replace("\"source\"", replacement + ", \"source\"");
        }

        ResponseEntity<Map> response = post("casemanager", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) response.getBody().get("errors")).containsKey(field);
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedPlainly() {
        assertThat(post("casemanager", "{not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<Map> response = rest.withBasicAuth("casemanager", "demo")
                .exchange("/api/concerns", HttpMethod.POST, new HttpEntity<>(VALID, headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void onlySignedInCaseStaffMayRaiseConcerns() {
        assertThat(rest.postForEntity("/api/concerns", json(VALID), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", "demo").postForEntity("/api/concerns", json(VALID), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A wrong password briefly locks the account (Camunda's login throttling), so not a shared demo user.
        User user = identity.newUser("apiwrongpassword");
        user.setPassword("right");
        identity.saveUser(user);
        identity.createMembership(user.getId(), "casemanager");
        assertThat(rest.withBasicAuth(user.getId(), "wrong").postForEntity("/api/concerns", json(VALID), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("practitioner", VALID).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("wellbeing", VALID).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPractitionerSeesTheirOwnCaseAndNoOtherPractitionerDoes() {
        String key = (String) post("casemanager", VALID).getBody().get("businessKey");

        ResponseEntity<Map> own = get("practitioner", key);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().keySet()).as("only what their portal shows").isSubsetOf("businessKey", "receivedOn",
                "closed", "paused", "stage", "nextStepExpectedBy", "namedContact", "letters", "messagesSent",
                "documents");
        assertThat(own.getBody()).containsEntry("businessKey", key).containsEntry("receivedOn", "2026-11-20")
                .containsEntry("closed", false);
        assertThat((Map<String, Object>) own.getBody().get("stage"))
                .containsEntry("title", "We are looking at the concern");
        assertThat(own.getBody().toString()).doesNotContain("A patient says a referral was not made.", "PATIENT",
                "TRIAGE", "Initial triage", "7000001", ConcernPathway.TASK_TRIAGE_CONCERN);

        ResponseEntity<Map> staff = get("casemanager", key);
        assertThat(staff.getBody()).containsEntry("summary", "A patient says a referral was not made.")
                .containsEntry("source", "PATIENT").containsKeys("stageLabel", "history", "practitioner");

        ResponseEntity<Map> other = get("practitioner2", key);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody().toString()).doesNotContain("Ann Example", "7000001");
        assertThat(get("casemanager", "PSC-2026-99999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void whenThePathwayCannotStartTheConcernIsNotKept() {
        long before = concerns.count();
        repository.suspendProcessDefinitionByKey(ConcernPathway.ID);
        try {
            assertThatThrownBy(() -> intake.raise(PathwayDriver.concernAbout("Dr Rolled Back", "7654321"), "casemanager"))
                    .hasMessageContaining("suspended");
        } finally {
            repository.activateProcessDefinitionByKey(ConcernPathway.ID);
        }
        assertThat(concerns.count()).isEqualTo(before);
    }

    private ResponseEntity<Map> post(String user, String body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/concerns", json(body), Map.class);
    }

    private ResponseEntity<Map> get(String user, String key) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/concerns/" + key, Map.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
