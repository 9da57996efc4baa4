package org.lotuspathway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 19's security tests for documents: the type is what the content is, whatever the name or
 * the browser says; anything else, nothing at all, or too much is refused with a message and
 * nothing is kept; no document is ever served inline; a practitioner has only what was shared
 * with them from their own case.
 */
@PathwayTest
class DocumentSecurityTests {

    static final int TWENTY_MEGABYTES = 20 * 1024 * 1024;

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MultipartConfigElement multipart;
    @LocalServerPort
    int port;

    @Test
    void aPdfNamedExeAnHtmlFileNamedPdfAZipAnEmptyFileAndOneOverTheLimitAreRefusedAndNothingIsKept() throws Exception {
        String key = driver.raise();
        long documents = count("case_document");
        long contents = count("case_document_content");

        upload(key, "report.exe", "application/x-msdownload", SampleFiles.pdf("A PDF by another name"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value("The file's name ends in .exe but it is a PDF document. "
                        + "Check it is the file you meant; if it is, rename it to end in .pdf."));
        upload(key, "report.pdf", "application/pdf", SampleFiles.html())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.startsWith(
                        "This is a web page or other markup (HTML, XML or SVG), whatever its name says.")));
        upload(key, "evidence.zip", "application/zip", SampleFiles.zip())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.startsWith("This is a zip file")));
        upload(key, "statement.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                SampleFiles.docm()).andExpect(status().isBadRequest());
        upload(key, "empty.pdf", "application/pdf", new byte[0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value("The file is empty. Choose the file again, or another one."));
        byte[] overTheLimit = Arrays.copyOf(SampleFiles.pdf("Too long"), TWENTY_MEGABYTES + 1);
        upload(key, "big.pdf", "application/pdf", overTheLimit)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value("The file is larger than 20 MB, the most a document may be."));

        assertThat(count("case_document")).isEqualTo(documents);
        assertThat(count("case_document_content")).isEqualTo(contents);
    }

    @Test
    void aPdfUnderAnyNameWithoutAnExtensionIsAPdfWhateverTheBrowserClaims() throws Exception {
        String key = driver.raise();

        upload(key, "scan", "text/html", SampleFiles.pdf("Scanned letter"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"));
    }

    @Test
    void theServletsMultipartLimitsFitADocumentAndSomethingLargerGetsAClear413() throws Exception {
        assertThat(multipart.getMaxFileSize()).isGreaterThan(TWENTY_MEGABYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(TWENTY_MEGABYTES);
        String key = driver.raise();
        long documents = count("case_document");
        String boundary = "lotusdocument";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHuge\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(head, head.length + 25 * 1024 * 1024);
        Arrays.fill(body, head.length, body.length, (byte) 'x');

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/cases/" + key + "/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("casemanager:demo"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("The request is larger than");
        assertThat(count("case_document")).isEqualTo(documents);
    }

    @Test
    void noDocumentIsServedInlineEvenTextThatQuotesAWebPage() throws Exception {
        String key = driver.raise();
        String quoting = "The email said:\n<html><script>alert(1)</script></html>\n";
        String url = upload(key, "email.txt", "text/html", SampleFiles.text(quoting))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("text/plain;charset=UTF-8"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(url).with(caseManager())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        String id = url.substring(url.lastIndexOf('/') + 1);
        mvc.perform(get("/cases/{key}/documents/{id}", key, id).with(caseManager())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Evidence.txt\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aPractitionerHasOnlyTheDocumentsSharedFromTheirOwnCase() throws Exception {
        String theirs = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String someoneElses = driver.raise(PathwayDriver.concernAbout("Dr Ben Example", "7000002"));
        String shared = idOf(upload(theirs, "reflection.txt", "text/plain", SampleFiles.text("My reflection"), true));
        String kept = idOf(upload(theirs, "complaint.txt", "text/plain", SampleFiles.text("The complaint"), false));
        String otherShared = idOf(upload(someoneElses, "theirs.txt", "text/plain", SampleFiles.text("Ben's"), true));

        mvc.perform(get("/portal/cases/{key}/documents/{id}", theirs, shared).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(get("/portal/cases/{key}/documents/{id}", theirs, kept).with(practitioner()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases/{key}/documents/{id}", theirs, otherShared).with(practitioner()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases/{key}/documents/{id}", someoneElses, otherShared).with(practitioner()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases/{key}/documents/{id}", theirs, shared).with(as("practitioner2", "practitioner")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases/{key}/documents/{id}", someoneElses, otherShared)
                .with(as("practitioner2", "practitioner"))).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}/documents/{id}", theirs, shared).with(practitioner()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{key}/documents", theirs).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{key}/documents/{id}", someoneElses, shared).with(caseManager()))
                .andExpect(status().isNotFound());
    }

    private ResultActions upload(String key, String name, String claimedType, byte[] bytes) throws Exception {
        return upload(key, name, claimedType, bytes, false);
    }

    private ResultActions upload(String key, String name, String claimedType, byte[] bytes, boolean shareable)
            throws Exception {
        return mvc.perform(multipart("/api/cases/{key}/documents", key)
                .file(new MockMultipartFile("file", name, claimedType, bytes))
                .param("title", "Evidence").param("kind", "OTHER").param("shareable", String.valueOf(shareable))
                .with(caseManager()));
    }

    private static String idOf(ResultActions created) throws Exception {
        String location = created.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
