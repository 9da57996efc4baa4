package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.lotuspathway.documents.CaseDocument;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentKind;
import org.lotuspathway.documents.NewDocument;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The practitioner asks for their data from the portal; an administrator withholds a document,
 * saying why, and approves; the practitioner downloads their copy, and nobody else can.
 */
@PathwayTest
class SubjectAccessRequestTests {

    static final RequestPostProcessor ADMIN = as("admin", Roles.ADMIN);
    static final String REASON = "Names the complainant's family (third-party data)";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    CaseDocuments documents;
    @Autowired
    ExportWorker worker;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aPractitionersRequestIsApprovedWithADocumentWithheldAndTheReasonRecorded() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        CaseDocument withheld = documents.add(key, new NewDocument("Letter from the complainant's sister",
                DocumentKind.CORRESPONDENCE, false, "sister.txt", "Private family details".getBytes(StandardCharsets.UTF_8)),
                "casemanager");
        CaseDocument shared = documents.add(key, new NewDocument("Practice policy", DocumentKind.OTHER, true, "policy.txt",
                "The practice's referral policy".getBytes(StandardCharsets.UTF_8)), "casemanager");

        mvc.perform(post("/portal/my-data").with(practitioner()).with(csrf())).andExpect(redirectedUrl("/portal/my-data"))
                .andExpect(flash().attribute("message", containsString("An administrator will check your request")));
        mvc.perform(post("/portal/my-data").with(practitioner()).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("You have already asked")));
        long id = jdbc.queryForObject("select max(e.id) from subject_access_export e join practitioner p "
                + "on p.id = e.practitioner_id where p.register_number = '7000001'", Long.class);
        mvc.perform(get("/portal/my-data").with(practitioner())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for an administrator to approve it")));
        assertThat(worker.produceDue()).as("nothing is produced before an administrator approves").isZero();

        mvc.perform(get("/admin/subject-access").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dr Ann Example, GMC 7000001")));
        mvc.perform(get("/admin/subject-access/{id}", id).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Letter from the complainant&#39;s sister")));
        mvc.perform(post("/admin/subject-access/{id}/withheld", id).with(ADMIN).with(csrf())
                .param("document", String.valueOf(withheld.id())).param("reason", "  "))
                .andExpect(flash().attribute("problem", containsString("Say why the document is withheld")));
        mvc.perform(post("/admin/subject-access/{id}/withheld", id).with(ADMIN).with(csrf())
                .param("document", String.valueOf(withheld.id())).param("reason", REASON))
                .andExpect(flash().attribute("message", containsString("withheld")));
        mvc.perform(post("/admin/subject-access/{id}/approval", id).with(as("casemanager", Roles.CASE_MANAGER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/subject-access/{id}/approval", id).with(ADMIN).with(csrf()))
                .andExpect(flash().attribute("message", containsString("Approved")));
        mvc.perform(post("/admin/subject-access/{id}/withheld", id).with(ADMIN).with(csrf())
                .param("document", String.valueOf(shared.id())).param("reason", REASON))
                .andExpect(flash().attribute("problem", containsString("already approved")));
        mvc.perform(get("/admin/subject-access/{id}", id).with(ADMIN))
                .andExpect(content().string(containsString("Approved: waiting to be produced")));

        assertThat(worker.produceDue()).isEqualTo(1);
        mvc.perform(get("/admin/subject-access/{id}", id).with(ADMIN)).andExpect(content().string(containsString("Download the ZIP")));
        mvc.perform(get("/portal/my-data").with(practitioner()))
                .andExpect(content().string(containsString("/portal/my-data/" + id + "/export.zip")));
        mvc.perform(get("/portal/my-data/{id}/export.zip", id).with(as("practitioner2", Roles.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/my-data").with(as("practitioner2", Roles.PRACTITIONER)))
                .andExpect(content().string(not(containsString("export.zip"))));
        byte[] zip = mvc.perform(get("/portal/my-data/{id}/export.zip", id).with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        Map<String, byte[]> entries = ExportZips.entries(zip);
        assertThat(entries).containsKey("documents/" + key + "/document-" + shared.id() + ".txt")
                .doesNotContainKey("documents/" + key + "/document-" + withheld.id() + ".txt");
        assertThat(entries.values()).noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains("Private family details"));
        JsonNode record = json.readTree(entries.get(ExportPackage.JSON));
        assertThat(record.path("withheld")).singleElement().satisfies(kept -> {
            assertThat(kept.path("documentId").asLong()).isEqualTo(withheld.id());
            assertThat(kept.path("reason").asText()).isEqualTo(REASON);
        });
        assertThat(SubjectAccessExportTests.text(entries.get(ExportPackage.PDF))).contains("Withheld from this copy", REASON)
                .doesNotContain("Letter from the complainant's sister");

        // audited: who asked, withheld (the reason stays with the export), approved, produced and downloaded
        assertThat(jdbc.queryForList("select actor || ' ' || action from audit_event where business_key = 'GMC 7000001' "
                + "and (action like '%SUBJECT_ACCESS' or action = 'ASKED_FOR_OWN_DATA')", String.class))
                .contains("practitioner ASKED_FOR_OWN_DATA", "admin APPROVED_SUBJECT_ACCESS", "system PRODUCED_SUBJECT_ACCESS",
                        "practitioner DOWNLOADED_SUBJECT_ACCESS");
        assertThat(jdbc.queryForList("select detail from audit_event where business_key = ? and action = 'WITHHELD_FROM_EXPORT' "
                + "and actor = 'admin'", String.class, key)).singleElement().asString().doesNotContain("sister", "third-party");
        assertThat(jdbc.queryForObject("select reason from subject_access_withheld where export_id = ? and document_id = ?",
                String.class, id, withheld.id())).isEqualTo(REASON);
    }

    @Test
    void anotherPractitionersExportOrNoneIsNotFoundInThePortal() throws Exception {
        mvc.perform(get("/portal/my-data/{id}/export.zip", 987654).with(practitioner())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/subject-access/{id}", 987654).with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/subject-access").with(ADMIN).with(csrf()).param("register", "GMC").param("number", "7599999"))
                .andExpect(flash().attribute("problem", "There is no practitioner GMC 7599999."));
    }
}
