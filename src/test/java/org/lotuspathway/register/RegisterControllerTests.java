package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.Roles;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

/** The register's page, its CSV export and its API, and who may use them. */
@PathwayTest
@SuppressWarnings("rawtypes")
class RegisterControllerTests {

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
    @Autowired
    StaffDirectory staff;

    RegisterCases cases;
    String word;
    String key;
    String number;

    @BeforeEach
    void aCase() {
        cases = new RegisterCases(driver, intake);
        word = RegisterCases.uniqueWord();
        number = RegisterCases.gmcNumber();
        key = cases.raise("Dr Zoë Ångström " + word, number);
    }

    @Test
    void theCaseTeamFindCasesByPartOfAName() throws Exception {
        // not a panel member alone, who finds only the cases on their meetings' agendas (PanelMembersRegisterTests)
        String reader = "wellbeing-" + word;
        Document page = html(mvc.perform(get("/cases").param("q", word.substring(0, 7)).with(as(reader, "wellbeing")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("table caption").text()).isEqualTo("Cases 1 to 1 of 1");
        assertThat(page.select("tbody tr").text()).contains(key, "Dr Zoë Ångström " + word, "GP, GMC " + number,
                "Initial triage", "Not yet triaged", "18 Nov 2026", "Cara Manager");
        assertThat(page.select("a[href=/practitioners/GMC/" + number + "]")).hasSize(1);
        assertThat(page.select("a:contains(Download these cases as CSV)").attr("href")).startsWith("/cases.csv?q=");
        assertThat(audit.search(new AuditFilter(null, reader, null, null, 0)).getContent())
                .filteredOn(line -> line.action() == AuditAction.SEARCHED_REGISTER).first()
                .satisfies(line -> assertThat(line.detail()).hasValueSatisfying(detail -> assertThat(detail).contains(word.substring(0, 7))));
    }

    /** People know each other by name: the column and the filter say who, the filter sends the username. */
    @Test
    void caseManagersAreShownAndChosenByName() throws Exception {
        Document page = html(mvc.perform(get("/cases").param("q", word).param("caseManager", "casemanager")
                .with(caseManager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("tbody tr td:last-child").text()).isEqualTo("Case manager Cara Manager");
        assertThat(page.select("#register-manager option[selected]").attr("value")).isEqualTo("casemanager");
        assertThat(page.select("#register-manager option[selected]").text()).isEqualTo("Cara Manager");
        assertThat(page.select("#register-manager option").eachText()).first().isEqualTo("Any case manager");

        String former = "left-" + word;
        Document formerCases = html(mvc.perform(get("/cases").param("q", word).param("caseManager", former)
                .with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(formerCases.select("#register-manager option[selected]").attr("value"))
                .as("someone no longer a case manager stays chosen").isEqualTo(former);
        assertThat(formerCases.select("#register-manager option[selected]").text()).isEqualTo(former + " (not a case manager now)");
        assertThat(formerCases.select("tbody tr")).isEmpty();

        // found by the second outside attack: the filter names nobody it is given, and takes only usernames
        Document anyone = html(mvc.perform(get("/cases").param("caseManager", "practitioner").with(caseManager()))
                .andExpect(status().isOk()).andReturn());
        assertThat(anyone.select("#register-manager option[selected]").text()).isEqualTo("practitioner (not a case manager now)");
        mvc.perform(get("/cases").param("caseManager", "\u202Ex").with(caseManager())).andExpect(status().isBadRequest());
    }

    @Test
    void twoCaseManagersOfOneNameAreToldApartByUsername() throws Exception {
        List<String> twins = List.of("twin1-" + word, "twin2-" + word);
        twins.forEach(id -> staff.ensureUser(new StaffMember(id, "Twin", word, null), "a long password", Roles.CASE_MANAGER));
        try {
            Document page = html(mvc.perform(get("/cases").with(caseManager())).andExpect(status().isOk()).andReturn());

            assertThat(page.select("#register-manager option").eachText()).contains(
                    "Twin " + word + " (" + twins.get(0) + ")", "Twin " + word + " (" + twins.get(1) + ")");
        } finally {
            twins.forEach(id -> staff.removeFromGroup(id, Roles.CASE_MANAGER));
        }
    }

    @Test
    void aFilterNotUnderstoodIsSaidAndTheRestStillApplies() throws Exception {
        Document page = html(mvc.perform(get("/cases").param("q", word).param("stage", "NOWHERE").with(caseManager()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select(".nhsuk-error-summary").text()).contains("stage must be one of TRIAGE");
        assertThat(page.select("tbody tr")).hasSize(1);
    }

    /** A bookmark from when there were more cases: the last page there is, not an empty one. */
    @Test
    void aPagePastTheEndShowsTheLastPage() throws Exception {
        Document page = html(mvc.perform(get("/cases").param("q", word).param("page", "40").with(caseManager()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("tbody tr").text()).contains(key);
        assertThat(page.select("caption").text()).isEqualTo("Cases 1 to 1 of 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "learning", "practitioner", "camunda-admin"})
    void thoseWhoDoNotWorkCasesCannotSeeTheRegister(String role) throws Exception {
        mvc.perform(get("/cases").with(as("someone", role))).andExpect(status().isForbidden());
        mvc.perform(get("/cases.csv").with(as("someone", role))).andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/GMC/" + number).with(as("someone", role))).andExpect(status().isForbidden());
    }

    @Test
    void theApiGivesThePageOfCasesWithItsTotal() {
        Map body = rest.withBasicAuth("wellbeing", "demo").getForObject("/api/cases?q=" + word + "&open=true&page=0", Map.class);

        assertThat(body).containsEntry("page", 0).containsEntry("total", 1)
                .containsEntry("moreThanTotal", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> found = ((java.util.List<Map<String, Object>>) body.get("cases")).get(0);
        assertThat(found).containsEntry("businessKey", key).containsEntry("stage", "TRIAGE").containsEntry("riskBand", null)
                .containsEntry("openedOn", "2026-11-18").containsEntry("closedOn", null)
                .containsEntry("practitioner", Map.of("name", "Dr Zoë Ångström " + word, "register", "GMC",
                        "registerNumber", number));
        assertThat(rest.withBasicAuth("lead", "demo").getForEntity("/api/cases", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("learner", "demo").getForEntity("/api/cases", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var refused = rest.withBasicAuth("casemanager", "demo").getForEntity("/api/cases?riskBand=EXTREME&open=maybe", Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map) refused.getBody().get("errors")).containsOnlyKeys("riskBand", "open");
    }

    @Test
    void theExportIsAuditedAndNoCellCanRunAsAFormula() throws Exception {
        String formulaNumber = RegisterCases.gmcNumber();
        String formula = cases.raise("=HYPERLINK(\"http://example.com\",\"" + word + "\")", formulaNumber);

        String exporter = "casemanager-" + word;
        byte[] csv = mvc.perform(get("/cases.csv").param("q", formulaNumber).with(as(exporter, "casemanager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"cases.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Case,Practitioner,Register,Registration number,Profession,Stage,Risk band,"
                + "Opened on,Closed on,Status,Case manager\r\n");
        assertThat(text).contains(formula + ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"" + word + "\"\")\",GMC,"
                + formulaNumber + ",GP,Initial triage,,2026-11-18,,Open,Cara Manager\r\n");
        assertThat(audit.search(new AuditFilter(null, exporter, null, null, 0)).getContent())
                .extracting(AuditEvent::action).containsExactly(AuditAction.EXPORTED_REGISTER);
        mvc.perform(get("/cases.csv").param("openedFrom", "yesterday").with(caseManager())).andExpect(status().isBadRequest());
    }

    @Test
    void aPractitionerIsRefusedTheApiRegisterToo() {
        assertThat(rest.withBasicAuth("practitioner", "demo").getForEntity("/api/cases", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCasePageLinksToThePractitionersRecord() throws Exception {
        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("a[href=/practitioners/GMC/" + number + "]")).hasSize(1);
        mvc.perform(get("/cases").with(practitioner())).andExpect(status().isForbidden());
    }
}
