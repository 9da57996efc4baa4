package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditFilter;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests an attacker or a slip of the keyboard might send the register and the records, as
 * they were sent from outside: a plain 400 and nothing changed, never a 500 or a wrong answer.
 */
@PathwayTest
@SuppressWarnings({"unchecked", "rawtypes"})
class RegisterBadInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    AuditLog audit;

    String number;

    @BeforeEach
    void aCase() {
        number = RegisterCases.gmcNumber();
        new RegisterCases(driver, intake).raise("Dr Hostile " + RegisterCases.uniqueWord(), number);
    }

    /** openedTo=+999999999-12-31 answered 500 (a day after the last LocalDate); the others found every case. */
    @ParameterizedTest
    @ValueSource(strings = {"openedTo=+999999999-12-31", "openedFrom=+999999999-12-31", "openedTo=-999999999-01-01",
            "openedFrom=0000-01-01", "openedTo=3000-01-01"})
    void aDateOutsideTheYears1900To2999IsRefusedByThePageTheExportAndTheApi(String filter) throws Exception {
        String[] parameter = filter.split("=", 2);

        Document page = html(mvc.perform(get("/cases").param("q", number).param(parameter[0], parameter[1])
                .with(caseManager())).andExpect(status().isBadRequest()).andReturn());
        mvc.perform(get("/cases.csv").param(parameter[0], parameter[1]).with(caseManager()))
                .andExpect(status().isBadRequest());
        ResponseEntity<Map> api = rest.withBasicAuth("casemanager", "demo")
                .getForEntity(URI.create("/api/cases?" + filter.replace("+", "%2B")), Map.class);

        assertThat(page.select(".nhsuk-error-summary").text()).contains(parameter[0] + " must be a real date from 1900 to 2999");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) api.getBody().get("errors")).containsOnlyKeys(parameter[0]);
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreTaken() throws Exception {
        mvc.perform(get("/cases").param("q", number).param("openedFrom", "1900-01-01").param("openedTo", "2999-12-31")
                .with(caseManager())).andExpect(status().isOk());
    }

    /** +999999999-12-31 was kept as +169104628-12-09, while the history said +999999999-12-31. */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "3000-01-01"})
    void aRecordDateOutsideTheYears1900To2999IsRefusedAndNothingChanges(String date) throws Exception {
        ResponseEntity<Map> before = api("GET", null);

        ResponseEntity<Map> refused = api("PUT", """
                {"registration": {"status": "REGISTERED", "revalidationDue": "%s"},
                 "vetting": {"level": "STANDARD", "issuedOn": "%s"}}""".formatted(date, date));
        Document form = html(mvc.perform(post("/practitioners/GMC/{n}/performers-list", number).with(caseManager())
                .with(csrf()).param("list", "MEDICAL").param("status", "INCLUDED").param("effectiveOn", date))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) refused.getBody().get("errors")).containsOnly(
                Map.entry("registration.revalidationDue", "The revalidation date must be a real date from 1900 to 2999, like 2026-11-20"),
                Map.entry("vetting.issuedOn", "The issue date must be a real date from 1900 to 2999, like 2026-11-20"));
        assertThat(form.select(".nhsuk-error-message").text()).contains("The date it took effect must be a real date from 1900");
        assertThat(api("GET", null).getBody()).isEqualTo(before.getBody());
    }

    /**
     * A page past the end said "Every practitioner's checks are recorded and in date"; -5 was read
     * as 0; 2147483647 went to the audit log as "page -2147483648".
     */
    @Test
    void theChecksListShowsItsLastPageForAPagePastTheEndAndRefusesAPageNotUnderstood() throws Exception {
        mvc.perform(post("/practitioners/GMC/{n}/vetting", number).with(caseManager()).with(csrf())
                .param("level", "STANDARD").param("issuedOn", "2020-01-01")).andExpect(status().is3xxRedirection());

        Document pastTheEnd = html(mvc.perform(get("/practitioners/checks").param("page", "999999")
                .with(responsibleOfficer())).andExpect(status().isOk()).andReturn());
        assertThat(pastTheEnd.select("tbody tr")).isNotEmpty();
        assertThat(pastTheEnd.text()).doesNotContain("recorded and in date").doesNotContain("Page 1000000");

        for (String page : new String[] {"-5", "abc", "2147483647", "1e3"}) {
            Document refused = html(mvc.perform(get("/practitioners/checks").param("page", page)
                    .with(as("ro-" + number))).andExpect(status().isBadRequest()).andReturn());
            assertThat(refused.select(".nhsuk-error-summary").text())
                    .contains("The page was not understood, so the first is shown: page must be a whole number from 0");
            assertThat(refused.select("tbody tr")).isNotEmpty();
        }
        assertThat(audit.search(new AuditFilter(null, "ro-" + number, null, null, 0)).getContent())
                .extracting(AuditEvent::action, line -> line.detail().orElse(""))
                .containsOnly(org.assertj.core.groups.Tuple.tuple(AuditAction.VIEWED_CHECKS, "page 1"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return org.lotuspathway.support.Pages.as(user, "ro");
    }

    private ResponseEntity<Map> api(String method, String body) {
        return rest.withBasicAuth("casemanager", "demo").exchange("/api/practitioners/GMC/" + number,
                HttpMethod.valueOf(method), body == null ? null : PractitionerRecordApiTests.json(body), Map.class);
    }
}
