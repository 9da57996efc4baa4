package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.EqualityAnswers.AgeBand;
import org.lotuspathway.concern.EqualityAnswers.Disability;
import org.lotuspathway.concern.EqualityAnswers.Ethnicity;
import org.lotuspathway.concern.EqualityAnswers.PlaceOfQualification;
import org.lotuspathway.concern.EqualityAnswers.PracticeRole;
import org.lotuspathway.concern.EqualityAnswers.Sex;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Equality monitoring answers, optional at intake on the web form and in the API, kept with the concern. */
@PathwayTest
class EqualityIntakeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    ConcernEqualityRepository equality;

    @Test
    void theFormAsksEachQuestionOptionallyWithPreferNotToSay() throws Exception {
        Document page = html(mvc.perform(get("/concerns/new").with(caseManager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("legend:contains(Equality monitoring (optional))")).hasSize(1);
        for (String field : new String[] {"ethnicity", "placeOfQualification", "sex", "ageBand", "disability", "role"}) {
            assertThat(page.select("select[name=" + field + "]")).as(field).hasSize(1);
            assertThat(page.select("select[name=" + field + "]").attr("required")).as(field).isEmpty();
            assertThat(page.select("select[name=" + field + "] option").eachText()).as(field).contains("Prefer not to say");
            assertThat(page.select("label[for=field-" + field + "]").text()).as(field).endsWith("(optional)");
        }
        assertThat(page.select("select[name=ethnicity] option").eachText()).contains("Asian, Asian British or Asian Welsh",
                "Black, Black British, Black Welsh, Caribbean or African", "Mixed or multiple ethnic groups", "White",
                "Other ethnic group");
    }

    @Test
    void theFormsAnswersAreKeptWithTheConcern() throws Exception {
        MvcResult result = mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                        .param("title", "Dr").param("familyName", "Equal Web").param("profession", "GP").param("register", "GMC")
                        .param("registerNumber", "7330001").param("source", "PATIENT").param("concernAreas", "CLINICAL")
                        .param("summary", "A referral was not made.").param("receivedOn", "2026-11-01")
                        .param("ethnicity", "BLACK").param("placeOfQualification", "INTERNATIONAL").param("sex", "")
                        .param("ageBand", "FROM_45_TO_54").param("disability", "PREFER_NOT_TO_SAY").param("role", "LOCUM"))
                .andExpect(redirectedUrlPattern("/cases/PSC-*")).andReturn();

        Concern concern = concerns.findByBusinessKey(result.getResponse().getRedirectedUrl().substring(7)).orElseThrow();
        assertThat(equality.findById(concern.id()).orElseThrow().answers()).isEqualTo(new EqualityAnswers(Ethnicity.BLACK,
                PlaceOfQualification.INTERNATIONAL, null, AgeBand.FROM_45_TO_54, Disability.PREFER_NOT_TO_SAY,
                PracticeRole.LOCUM));
    }

    @Test
    void anAnswerTheFormDoesNotOfferIsRefusedByItsField() throws Exception {
        long before = concerns.count();
        Document page = html(mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                        .param("title", "Dr").param("familyName", "Equal Web").param("profession", "GP").param("register", "GMC")
                        .param("registerNumber", "7330002").param("source", "PATIENT").param("concernAreas", "CLINICAL")
                        .param("summary", "A referral was not made.").param("receivedOn", "2026-11-01")
                        .param("ethnicity", "MARTIAN"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#error-ethnicity").text()).contains("must be one of the options given");
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void theApiTakesAnOptionalEqualityObject() {
        ResponseEntity<Map> response = postJson("""
                {"practitioner": {"name": "Dr Equal Api", "profession": "DENTIST", "register": "GDC", "registerNumber": "733003"},
                 "source": "PATIENT", "concernAreas": ["CLINICAL"], "summary": "A filling failed.", "receivedOn": "2026-11-20",
                 "equality": {"ethnicity": "ASIAN", "sex": "FEMALE", "role": "SINGLE_HANDED"}}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).doesNotContainKey("equality");
        Concern concern = concerns.findByBusinessKey((String) response.getBody().get("businessKey")).orElseThrow();
        assertThat(equality.findById(concern.id()).orElseThrow().answers()).isEqualTo(new EqualityAnswers(Ethnicity.ASIAN,
                null, Sex.FEMALE, null, null, PracticeRole.SINGLE_HANDED));
    }

    @Test
    void withoutEqualityAnswersNothingIsKept() {
        ResponseEntity<Map> response = postJson(ConcernApiTests.VALID.replace("7000001", "7330004"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Concern concern = concerns.findByBusinessKey((String) response.getBody().get("businessKey")).orElseThrow();
        assertThat(equality.findById(concern.id())).isEmpty();
    }

    @Test
    void anUnknownAnswerInTheApiNamesItsField() {
        long before = concerns.count();
        ResponseEntity<Map> response = postJson(ConcernApiTests.VALID.replace("\"receivedOn\"",
                "\"equality\": {\"ethnicity\": \"MARTIAN\"}, \"receivedOn\""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) response.getBody().get("errors")).containsKey("equality.ethnicity");
        assertThat(concerns.count()).isEqualTo(before);
    }

    private ResponseEntity<Map> postJson(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("casemanager", "demo").postForEntity("/api/concerns", new HttpEntity<>(body, headers), Map.class);
    }
}
