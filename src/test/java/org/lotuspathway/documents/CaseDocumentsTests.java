package org.lotuspathway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Evidence on a case: added by the team, kept with its fingerprint, listed, downloaded, withdrawn, shared. */
@PathwayTest
class CaseDocumentsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    ObjectMapper json;

    @Test
    void eachKindOfFileIsKeptAsWhatItIsWithItsFingerprintAndComesBackTheSame() throws Exception {
        String key = driver.raise();
        Map<String, byte[]> files = Map.of("complaint.pdf", SampleFiles.pdf("The complaint"), "statement.docx",
                SampleFiles.docx(), "reflection.odt", SampleFiles.odt(), "notes.txt", SampleFiles.text("Call notes"),
                "photo.png", SampleFiles.png(), "photo.jpg", SampleFiles.jpeg());
        Map<String, String> expectedTypes = Map.of("complaint.pdf", "application/pdf", "statement.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "reflection.odt",
                "application/vnd.oasis.opendocument.text", "notes.txt", "text/plain;charset=UTF-8", "photo.png",
                "image/png", "photo.jpg", "image/jpeg");

        for (var file : files.entrySet()) {
            MvcResult added = mvc.perform(multipart("/api/cases/{key}/documents", key)
                            .file(new MockMultipartFile("file", file.getKey(), "application/octet-stream", file.getValue()))
                            .param("title", "Evidence " + file.getKey()).param("kind", "STATEMENT").param("shareable", "true")
                            .with(as("ro", "ro")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.contentType").value(expectedTypes.get(file.getKey())))
                    .andExpect(jsonPath("$.size").value(file.getValue().length))
                    .andExpect(jsonPath("$.sha256").value(sha256(file.getValue())))
                    .andExpect(jsonPath("$.addedBy").value("ro"))
                    .andExpect(jsonPath("$.kind").value("STATEMENT"))
                    .andExpect(jsonPath("$.shareable").value(true))
                    .andReturn();
            String download = (String) json.readValue(added.getResponse().getContentAsString(), Map.class).get("downloadUrl");
            byte[] back = mvc.perform(get(download).with(caseManager())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(back).isEqualTo(file.getValue());
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) json.readValue(mvc.perform(
                get("/api/cases/{key}/documents", key).with(responsibleOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), Map.class).get("documents");
        assertThat(listed).hasSize(6).allSatisfy(d -> assertThat(d).containsKeys("id", "title", "kind", "contentType",
                "size", "sha256", "shareable", "addedBy", "addedAt", "downloadUrl"));
        assertThat(jdbc.queryForObject("select count(*) from case_document_content c join case_document d"
                + " on d.id = c.document_id join concern k on k.id = d.concern_id where k.business_key = ?", Long.class, key))
                .isEqualTo(6);
    }

    @Test
    void theCasePageListsTheDocumentsAndAddsOneThroughAFormWithItsToken() throws Exception {
        String key = driver.raise();
        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(page.select("#documents + p").text()).isEqualTo("No documents have been added to this case.");
        assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(1);

        mvc.perform(multipart("/cases/{key}/documents", key)
                        .file(new MockMultipartFile("file", "complaint.pdf", "application/pdf", SampleFiles.pdf("Complaint")))
                        .param("title", "Complaint letter from the patient").param("kind", "COMPLAINT")
                        .with(caseManager()).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + key + "#documents"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith(
                        "Added “Complaint letter from the patient” (PDF document,")));

        page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(page.select(".lotus-document td").eachText()).first().asString()
                .startsWith("Complaint letter from the patient (PDF document,");
        assertThat(page.select(".lotus-document td").eachText()).contains("Complaint", "Not shared");
        assertThat(page.select(".lotus-timeline-entry").eachText())
                .anySatisfy(line -> assertThat(line).contains("Document added: Complaint letter from the patient",
                        "Complaint, PDF document", "Cara Manager"));
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(AuditEvent::action)
                .contains(AuditAction.ADDED_DOCUMENT);
    }

    @Test
    void aRefusedUploadSaysWhyNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        String key = driver.raise();
        MvcResult refused = mvc.perform(multipart("/cases/{key}/documents", key)
                        .file(new MockMultipartFile("file", "page.pdf", "application/pdf", SampleFiles.html()))
                        .param("title", "Copy of the web page").param("kind", "CORRESPONDENCE").param("shareable", "true")
                        .with(caseManager()).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + key + "#add-document"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("The document was not added.")))
                .andReturn();

        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())
                .flashAttrs(refused.getFlashMap())).andReturn());
        assertThat(page.select("#document-file-error").text()).startsWith("This is a web page or other markup");
        assertThat(page.select("#document-title").val()).isEqualTo("Copy of the web page");
        assertThat(page.select("#document-kind option[selected]").val()).isEqualTo("CORRESPONDENCE");
        assertThat(page.select("#document-shareable").hasAttr("checked")).isTrue();
        assertThat(page.select(".lotus-document")).isEmpty();
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(AuditEvent::action)
                .doesNotContain(AuditAction.ADDED_DOCUMENT);

        mvc.perform(multipart("/cases/{key}/documents", key)
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", SampleFiles.text("Without a token")))
                        .param("title", "No token").param("kind", "OTHER").with(caseManager()))
                .andExpect(refusedForWantOfCsrf());
        mvc.perform(multipart("/api/cases/{key}/documents", key)
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", SampleFiles.text("No title or kind")))
                        .with(caseManager()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value("Give the document a title"))
                .andExpect(jsonPath("$.errors.kind").value("Choose what kind of document this is"));
        assertThat(jdbc.queryForObject("select count(*) from case_document d join concern k on k.id = d.concern_id"
                + " where k.business_key = ?", Long.class, key)).isZero();
    }

    @Test
    void aWithdrawnDocumentIsKeptMarkedWithWhoAndWhyAndLeavesThePortal() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String id = idOf(mvc.perform(multipart("/api/cases/{key}/documents", key)
                .file(new MockMultipartFile("file", "letter.txt", "text/plain", SampleFiles.text("Our letter")))
                .param("title", "Letter to the practitioner").param("kind", "CORRESPONDENCE").param("shareable", "true")
                .with(caseManager())));
        Document portal = html(mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andReturn());
        assertThat(portal.select(".lotus-shared-documents a").eachText()).containsExactly("Letter to the practitioner");

        mvc.perform(post("/cases/{key}/documents/{id}/withdrawal", key, id).param("reason", " ").with(as("ro", "ro")).with(csrf()))
                .andExpect(flash().attribute("problem", "The document was not withdrawn. Say why the document is withdrawn"));
        mvc.perform(post("/cases/{key}/documents/{id}/withdrawal", key, id).param("reason", "Sent to the wrong practitioner")
                        .with(as("ro", "ro")).with(csrf()))
                .andExpect(flash().attribute("message", "Withdrew “Letter to the practitioner”. It is kept, marked withdrawn."));

        mvc.perform(get("/api/cases/{key}/documents", key).with(caseManager()))
                .andExpect(jsonPath("$.documents[0].withdrawn.by").value("ro"))
                .andExpect(jsonPath("$.documents[0].withdrawn.reason").value("Sent to the wrong practitioner"));
        mvc.perform(get("/cases/{key}/documents/{id}", key, id).with(caseManager())).andExpect(status().isOk());
        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(page.select(".lotus-document .lotus-withdrawal").text())
                .startsWith("by ro on").endsWith(": Sent to the wrong practitioner");
        assertThat(page.select(".lotus-timeline-entry").eachText())
                .anySatisfy(line -> assertThat(line).contains("Document withdrawn: Letter to the practitioner",
                        "Sent to the wrong practitioner", "ro"));
        portal = html(mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andReturn());
        assertThat(portal.select(".lotus-shared-documents")).isEmpty();
        mvc.perform(get("/portal/cases/{key}/documents/{id}", key, id).with(practitioner())).andExpect(status().isNotFound());
        mvc.perform(post("/cases/{key}/documents/{id}/withdrawal", key, id).param("reason", "Again")
                        .with(caseManager()).with(csrf()))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("withdrawn already, by ro")));
    }

    @Test
    void everyDownloadIsInTheAuditLogWithWhoAndWhere() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String id = idOf(mvc.perform(multipart("/api/cases/{key}/documents", key)
                .file(new MockMultipartFile("file", "plan.txt", "text/plain", SampleFiles.text("Support plan")))
                .param("title", "Support plan").param("kind", "OTHER").param("shareable", "true").with(caseManager())));

        mvc.perform(get("/cases/{key}/documents/{id}", key, id).with(responsibleOfficer())).andExpect(status().isOk());
        // a panel member sees only the cases on their meetings' agendas (issue 19)
        mvc.perform(get("/cases/{key}/documents/{id}", key, id).with(panelMember())).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{key}/documents/{id}", key, id).with(caseManager())).andExpect(status().isOk());
        mvc.perform(get("/portal/cases/{key}/documents/{id}", key, id).with(practitioner())).andExpect(status().isOk());
        mvc.perform(get("/portal/cases/{key}/documents/{id}", key, id).with(as("practitioner2", "practitioner")))
                .andExpect(status().isNotFound());

        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(AuditEvent::actor, AuditEvent::action,
                        event -> event.detail().orElse(""))
                .contains(org.assertj.core.groups.Tuple.tuple("casemanager", AuditAction.ADDED_DOCUMENT, "API"),
                        org.assertj.core.groups.Tuple.tuple("ro", AuditAction.DOWNLOADED_DOCUMENT, "case page, document " + id),
                        org.assertj.core.groups.Tuple.tuple("pag", AuditAction.REFUSED,
                                "GET /cases/" + key + "/documents/" + id + " (403)"),
                        org.assertj.core.groups.Tuple.tuple("casemanager", AuditAction.DOWNLOADED_DOCUMENT, "API, document " + id),
                        org.assertj.core.groups.Tuple.tuple("practitioner", AuditAction.DOWNLOADED_DOCUMENT, "portal, document " + id),
                        org.assertj.core.groups.Tuple.tuple("practitioner2", AuditAction.REFUSED,
                                "GET /portal/cases/" + key + "/documents/" + id + " (404)"));
    }

    private static String idOf(ResultActions created) throws Exception {
        String location = created.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
