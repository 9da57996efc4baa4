package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.speakup.SpeakUpFixtures.accept;
import static org.lotuspathway.speakup.SpeakUpFixtures.anonymous;
import static org.lotuspathway.speakup.SpeakUpFixtures.from;
import static org.lotuspathway.speakup.SpeakUpFixtures.named;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.common.Sha256;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What each way of speaking up keeps of the raiser, and where their identity may and may not appear:
 * an anonymous report keeps nothing that could name them, a confidential raiser is known only to
 * those who screen, an open raiser is named on the case and told we have their report.
 */
@PathwayTest
class SpeakUpRaiserIdentityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SpeakUpReportRepository reports;

    SpeakUpFixtures speakUp;

    @BeforeEach
    void setUp() {
        speakUp = new SpeakUpFixtures(mvc);
    }

    @Test
    void anAnonymousReportKeepsNoNameEmailAddressOrBrowserAnywhereAndOnlyTheCodesHash() throws Exception {
        String address = "203.0.113.77";
        MvcResult result = mvc.perform(post("/api/speak-up").contentType(MediaType.APPLICATION_JSON)
                .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        anonymous("Notes at the practice were changed after the visits.", false)))
                .header("User-Agent", "QuietBrowser/9.9 (speak-up test)").header("X-Forwarded-For", "192.0.2.99")
                .with(from(address))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.getResponse().getContentAsString());
        String code = body.get("accessCode").asText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

        SpeakUpReport report = reports.findByReference(body.get("reference").asText()).orElseThrow();
        assertThat(report.raiserName()).isEmpty();
        assertThat(report.raiserEmail()).isEmpty();
        assertThat(report.raiserPhone()).isEmpty();
        assertThat(report.raiserRole()).isEmpty();
        assertThat(report.accessCodeHash()).isEqualTo(Sha256.hex(code.replace("-", "")));
        for (String identifying : List.of(address, "192.0.2.99", "QuietBrowser", code, code.replace("-", ""))) {
            assertThat(tablesContaining(identifying)).as(identifying).isEmpty();
        }
    }

    @Test
    void aConfidentialRaiserIsSeenOnlyByThoseWhoScreenNeverOnTheCaseThePortalTheExportOrTheAuditLog() throws Exception {
        String reference = speakUp.raise(named("CONFIDENTIAL", "Zelda Brackenmoor", "zelda.brackenmoor@example.org",
                "The GP shouts at patients on the phone.")).get("reference").asText();
        assertThat(html(mvc.perform(get("/speak-up/reports/{ref}", reference).with(caseManager())).andReturn())
                .select("#raiser").text()).contains("Zelda Brackenmoor", "zelda.brackenmoor@example.org");
        // the Responsible Officer reads reports, but only those who screen know a confidential raiser
        assertThat(html(mvc.perform(get("/speak-up/reports/{ref}", reference).with(as("ro", "ro"))).andReturn())
                .select("#raiser").text()).contains("A confidential raiser").doesNotContain("Zelda", "Brackenmoor");

        Map<String, String> accepting = new java.util.HashMap<>(accept("7000001"));
        accepting.put("source", "CLINICAL_COLLEAGUE");
        assertThat(speakUp.screen(reference, accepting).getResponse().getStatus()).isEqualTo(302);
        String key = reports.findByReference(reference).orElseThrow().caseKey().orElseThrow();

        String casePage = mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("A confidential raiser").doesNotContain("Zelda", "Brackenmoor");
        String portal = mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andReturn().getResponse()
                .getContentAsString();
        assertThat(portal).doesNotContain("Zelda", "Brackenmoor", "Practice nurse");
        String csv = mvc.perform(get("/cases.csv").with(as("casemanager", "casemanager"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).contains(key).doesNotContain("Zelda", "Brackenmoor");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where lower(coalesce(detail, '') || actor) "
                + "like '%brackenmoor%'", Long.class)).isZero();
        // Kept on the report, and with the acknowledgement waiting to be sent to them; nowhere else.
        assertThat(tablesContaining("Brackenmoor")).containsOnly("SPEAK_UP_REPORT");
        assertThat(tablesContaining("zelda.brackenmoor")).containsOnly("SPEAK_UP_REPORT", "NOTIFICATION");
        assertThat(mvc.perform(get("/admin/outbox").with(as("admin", "camunda-admin"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("brackenmoor");
    }

    @Test
    void anOpenRaiserIsNamedOnTheCasePage() throws Exception {
        String reference = speakUp.raise(named("OPEN", "Olly Openshaw", "olly.openshaw@example.org",
                "Records were not kept after home visits.")).get("reference").asText();
        speakUp.screen(reference, accept("7000001"));
        String key = reports.findByReference(reference).orElseThrow().caseKey().orElseThrow();

        assertThat(html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn()).select("#speak-up-raiser")
                .text()).contains("Olly Openshaw", "olly.openshaw@example.org", "Practice nurse");
    }

    @Test
    void anOpenRaiserWithAnEmailIsToldWeHaveTheirReport() throws Exception {
        String reference = speakUp.raise(named("OPEN", "Ed Emailer", "ed.emailer@example.org", "Rushed handovers."))
                .get("reference").asText();

        assertThat(jdbc.queryForList("select email from notification where event_key = ?", String.class,
                "speak-up:" + reference + ":received")).containsExactly("ed.emailer@example.org");
    }

    /** Every table with a text column holding the text (upper-case table names). */
    private List<String> tablesContaining(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                 where table_schema = 'PUBLIC' and data_type in ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')""");
        return columns.stream().filter(column -> jdbc.queryForObject("select count(*) from \"" + column.get("TABLE_NAME")
                        + "\" where cast(\"" + column.get("COLUMN_NAME") + "\" as varchar) like ?", Long.class,
                        "%" + text + "%") > 0)
                .map(column -> String.valueOf(column.get("TABLE_NAME"))).distinct().toList();
    }
}
