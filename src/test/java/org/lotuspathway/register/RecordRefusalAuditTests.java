package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.lotuspathway.support.Pages.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * Every refused request for the register or a practitioner's record is in the audit log, with
 * the registration asked for: refused by Spring Security before any controller ran, by a
 * controller's own rule, or answered "not found" because the record is someone else's.
 */
@PathwayTest
@SuppressWarnings("rawtypes")
class RecordRefusalAuditTests {

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
    String record;

    @BeforeEach
    void aPractitioner() {
        number = RegisterCases.gmcNumber();
        new RegisterCases(driver, intake).raise("Dr Refused " + RegisterCases.uniqueWord(), number);
        record = "/practitioners/GMC/" + number;
    }

    @Test
    void aLeadRefusedTheRegisterAndARecordBeforeAnyControllerRanIsRecorded() throws Exception {
        String lead = "lead-" + number;
        mvc.perform(get(record).with(as(lead, "lead"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases").param("q", "ann").with(as(lead, "lead"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases.csv").with(as(lead, "lead"))).andExpect(status().isForbidden());
        mvc.perform(post(record + "/vetting").with(as(lead, "lead")).with(csrf()).param("level", "BASIC"))
                .andExpect(status().isForbidden());

        assertThat(lines(lead)).containsExactlyInAnyOrder(
                tuple(AuditAction.REFUSED, "GMC " + number, "GET " + record + " (403)"),
                tuple(AuditAction.REFUSED, null, "GET /cases (403)"),
                tuple(AuditAction.REFUSED, null, "GET /cases.csv (403)"),
                tuple(AuditAction.REFUSED, "GMC " + number, "POST " + record + "/vetting (403)"));
    }

    @Test
    void aPanelMemberRefusedAControllersOwnRuleIsRecorded() throws Exception {
        String panel = "pag-" + number;
        mvc.perform(get(record + "/vetting").with(as(panel, "pag", "wellbeing"))).andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/checks").with(as(panel, "pag", "wellbeing"))).andExpect(status().isForbidden());
        mvc.perform(get(record).with(as(panel, "pag", "wellbeing"))).andExpect(status().isOk());

        assertThat(lines(panel)).containsExactlyInAnyOrder(
                tuple(AuditAction.REFUSED, "GMC " + number, "GET " + record + "/vetting (403)"),
                tuple(AuditAction.REFUSED, null, "GET /practitioners/checks (403)"),
                tuple(AuditAction.VIEWED_PRACTITIONER, "GMC " + number, "record page"));
    }

    /** The case is at triage, on no panel's agenda: to a panel member alone its practitioner is "not found". */
    @Test
    void aPanelMemberAloneAskingForARecordNotOfTheirCasesIsRecordedAsRefused() throws Exception {
        String panel = "pagonly-" + number;
        mvc.perform(get(record).with(as(panel, "pag"))).andExpect(status().isNotFound());
        mvc.perform(get(record + "/vetting").with(as(panel, "pag"))).andExpect(status().isForbidden());
        assertThat(rest.withBasicAuth("pag", "demo").getForEntity("/api/practitioners/GMC/" + number, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(lines(panel)).containsExactlyInAnyOrder(
                tuple(AuditAction.REFUSED, "GMC " + number, "GET " + record + " (404)"),
                tuple(AuditAction.REFUSED, "GMC " + number, "GET " + record + "/vetting (403)"));
        // the demo user pag has many lines from other tests, at other times: only this record's
        assertThat(audit.search(new AuditFilter("GMC " + number, "pag", null, null, 0)).getContent())
                .extracting(AuditEvent::action, line -> line.detail().orElse(""))
                .contains(tuple(AuditAction.REFUSED, "GET /api/practitioners/GMC/" + number + " (404)"));
    }

    @Test
    void aPractitionerAskingForSomeoneElsesRecordIsRecordedAsRefused() throws Exception {
        mvc.perform(get("/portal/record/gmc/{n}", number).with(as("practitioner2", "practitioner")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/record/GMC/{n}/corrections", number).with(as("practitioner2", "practitioner"))
                .with(csrf()).param("message", "Not mine")).andExpect(status().isNotFound());
        assertThat(rest.withBasicAuth("practitioner2", "demo").getForEntity("/api/practitioners/GMC/" + number, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("practitioner2", "demo").getForEntity("/api/cases", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(audit.search(new AuditFilter("GMC " + number, "practitioner2", null, null, 0)).getContent())
                .extracting(AuditEvent::action, line -> line.detail().orElse(""))
                .containsExactlyInAnyOrder(
                        tuple(AuditAction.REFUSED, "GET /portal/record/gmc/" + number + " (404)"),
                        tuple(AuditAction.REFUSED, "POST /portal/record/GMC/" + number + "/corrections (404)"),
                        tuple(AuditAction.REFUSED, "GET /api/practitioners/GMC/" + number + " (404)"));
    }

    private List<org.assertj.core.groups.Tuple> lines(String actor) {
        return audit.search(new AuditFilter(null, actor, null, null, 0)).getContent().stream()
                .map(line -> tuple(line.action(), line.businessKey().orElse(null), line.detail().orElse(null))).toList();
    }
}
