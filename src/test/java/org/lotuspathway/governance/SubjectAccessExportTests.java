package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.ADVISER;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.DELEGATE;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.meetings.MeetingFixtures.SECRETARY;
import static org.lotuspathway.meetings.MeetingFixtures.decided;
import static org.lotuspathway.meetings.MeetingFixtures.signedIn;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentKind;
import org.lotuspathway.documents.NewDocument;
import org.lotuspathway.meetings.Declarations;
import org.lotuspathway.meetings.Meeting;
import org.lotuspathway.meetings.MeetingFixtures;
import org.lotuspathway.meetings.MeetingOutcomes;
import org.lotuspathway.meetings.MeetingSchedule;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The subject access export (issue 22, points 3 and 4): a practitioner with two cases gets both,
 * and nothing of another practitioner whose case sat on the same panel meeting.
 */
@PathwayTest
class SubjectAccessExportTests {

    static final RequestPostProcessor ADMIN = as("admin", Roles.ADMIN);
    static final String SUBJECT = "Dr Ada Subject";
    static final String SUBJECT_NUMBER = "7510001";
    static final String OTHER = "Dr Bea Bystander";
    static final String OTHER_NUMBER = "7510002";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    MeetingOutcomes outcomes;
    @Autowired
    Declarations declarations;
    @Autowired
    CaseDocuments documents;
    @Autowired
    ExportWorker worker;
    @Autowired
    SubjectAccessExports exports;
    @Autowired
    ObjectMapper json;
    MeetingFixtures fixtures;

    @BeforeEach
    void aPanel(@Autowired StaffDirectory staff) {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff, declarations);
        fixtures.freshStart();
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
    }

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @Test
    void bothCasesAreInTheExportAndNothingOfAnotherPractitionerAtTheSameMeeting() throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String first = fixtures.moderateCaseAtThePanel(SUBJECT, SUBJECT_NUMBER);
        String second = fixtures.moderateCaseAtThePanel(SUBJECT, SUBJECT_NUMBER);
        String others = fixtures.moderateCaseAtThePanel(OTHER, OTHER_NUMBER);
        documents.add(first, new NewDocument("Complaint from the patient", DocumentKind.COMPLAINT, false, "complaint.txt",
                "The complaint about Dr Ada Subject".getBytes(StandardCharsets.UTF_8)), "casemanager");
        documents.add(others, new NewDocument("Statement of Dr Bea Bystander", DocumentKind.STATEMENT, false, "bea.txt",
                ("Dr Bea Bystander, GMC " + OTHER_NUMBER + ", writes about " + others).getBytes(StandardCharsets.UTF_8)),
                "casemanager");
        declarations.declare(signedIn(SECRETARY, Roles.PANEL), meeting.id(), itemOf(others), true, "Neighbour of Dr Bea Bystander");
        TestClock.stopAt(TestClock.uk("2026-11-25T12:00"));
        for (String key : List.of(first, second, others)) {
            outcomes.record(signedIn(CHAIR, Roles.PANEL), meeting.id(), itemOf(key),
                    decided("MONITOR", CHAIR, ADVISER, DELEGATE, LAY));
        }
        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(as(CHAIR, Roles.PANEL)).with(csrf())
                .param("apologies", SECRETARY)).andExpect(status().is3xxRedirection());
        driver.sendUpdate(first);
        mvc.perform(get("/api/meetings/{id}", meeting.id()).with(caseManager())).andExpect(status().isOk());

        String export = "/api/practitioners/GMC/{number}/export";
        mvc.perform(get(export, SUBJECT_NUMBER).with(ADMIN)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED")).andExpect(header().string("Retry-After", "5"));
        mvc.perform(get(export, SUBJECT_NUMBER).with(ADMIN)).andExpect(status().isAccepted());
        assertThat(worker.produceDue()).isEqualTo(1);
        byte[] zip = mvc.perform(get(export, SUBJECT_NUMBER).with(ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();

        Map<String, byte[]> entries = ExportZips.entries(zip);
        assertThat(entries).containsKeys(ExportPackage.PDF, ExportPackage.JSON);
        assertThat(entries.keySet()).anyMatch(path -> path.startsWith("letters/" + first + "/"))
                .anyMatch(path -> path.startsWith("documents/" + first + "/"))
                .anyMatch(path -> path.startsWith("documents/" + second + "/")); // its own part of the minutes
        JsonNode record = json.readTree(entries.get(ExportPackage.JSON));
        assertThat(record.path("practitioner").path("name").asText()).isEqualTo(SUBJECT);
        assertThat(record.path("cases")).extracting(one -> one.path("businessKey").asText()).containsExactly(first, second);
        assertThat(record.path("cases").get(0).path("meetings").get(0).path("status").asText()).isEqualTo("DISCUSSED");
        assertThat(record.path("cases").get(0).path("letters").get(0).path("letter").asText()).contains("Dear Dr Subject");
        assertThat(record.path("auditTrail").findValuesAsText("businessKey")).contains(first, second);
        String pdf = text(entries.get(ExportPackage.PDF));
        assertThat(pdf).contains("Your record in Lotus Pathway", SUBJECT, "GMC " + SUBJECT_NUMBER, "Case " + first,
                "Case " + second, "Panel discussions", "Letters sent to you", "Complaint from the patient",
                "Who viewed or changed your cases and record");
        assertThat(record.path("auditTrail").findValuesAsText("action")).contains("Viewed a meeting with the case on its agenda",
                "Approved a meeting's minutes, kept with the case");

        // nothing of the other practitioner: not in any file's name, bytes or (for a PDF) text
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String bytes = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            String readable = entry.getKey().endsWith(".pdf") ? text(entry.getValue()) : new String(entry.getValue(), StandardCharsets.UTF_8);
            for (String theirs : List.of(others, OTHER_NUMBER, "Bea Bystander", "Bystander", "Neighbour")) {
                assertThat(entry.getKey()).doesNotContain(theirs);
                assertThat(bytes).as(entry.getKey() + " holds " + theirs).doesNotContain(theirs);
                assertThat(readable).as(entry.getKey() + " reads " + theirs).doesNotContain(theirs);
            }
        }

        BufferedImage firstPage = Pdfs.renderPage(entries.get(ExportPackage.PDF), 0, 60,
                Path.of("target", "subject-access", "first-page.png"));
        assertThat(inkedPixels(firstPage)).as("the first page is not blank").isGreaterThan(2000);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOWNLOADED_SUBJECT_ACCESS' "
                + "and business_key = ? and actor = 'admin'", Long.class, "GMC " + SUBJECT_NUMBER)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PRODUCED_SUBJECT_ACCESS' "
                + "and business_key = ?", Long.class, "GMC " + SUBJECT_NUMBER)).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsMayExportAndAnUnknownPractitionerIsNotFound() throws Exception {
        driver.raise(PathwayDriver.concernAbout("Dr Cy Guarded", "7510003"));
        String export = "/api/practitioners/GMC/7510003/export";
        mvc.perform(get(export).with(caseManager())).andExpect(status().isForbidden());
        mvc.perform(get(export).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/subject-access").with(caseManager())).andExpect(status().isForbidden());
        mvc.perform(get("/api/practitioners/GMC/7519999/export").with(ADMIN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("No such practitioner"));
        mvc.perform(get("/api/practitioners/XYZ/1/export").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/practitioners/GMC/ERASED/export").with(ADMIN)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from subject_access_export e join practitioner p "
                + "on p.id = e.practitioner_id where p.register_number = '7510003'", Long.class)).isZero();
    }

    @Test
    void progressIsShownWhileAnExportIsProducedAndOneWhoseWorkerStoppedIsProducedAgain() throws Exception {
        driver.raise(PathwayDriver.concernAbout("Dr Pru Progress", "7510004"));
        String export = "/api/practitioners/GMC/7510004/export";
        mvc.perform(get(export).with(ADMIN)).andExpect(status().isAccepted());
        long id = jdbc.queryForObject("select max(e.id) from subject_access_export e join practitioner p "
                + "on p.id = e.practitioner_id where p.register_number = '7510004'", Long.class);
        // a worker took it, got halfway, and its node died
        int attempt = exports.claim(id, TestClock.now(), TestClock.now().plusSeconds(600)).orElseThrow();
        assertThat(exports.progress(id, attempt, 2, 4, TestClock.now().plusSeconds(600))).isTrue();

        mvc.perform(get("/admin/subject-access").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Being produced: 50% done")));
        mvc.perform(get(export).with(ADMIN)).andExpect(status().isAccepted()).andExpect(jsonPath("$.percentDone").value(50));
        assertThat(worker.produceDue()).as("still held by the worker that took it").isZero();

        TestClock.stopAt(TestClock.now().plusSeconds(601));
        assertThat(worker.produceDue()).isEqualTo(1);
        mvc.perform(get(export).with(ADMIN)).andExpect(status().isOk());
    }

    private long itemOf(String key) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.status = 'WAITING'", Long.class, key);
    }

    private static long inkedPixels(BufferedImage page) {
        long inked = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked;
    }

    static String text(byte[] pdf) {
        return String.join(" ", Pdfs.pageTexts(pdf)).replaceAll("\\s+", " ");
    }
}
