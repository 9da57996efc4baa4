package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.security.Endpoints.noServerError;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.portal.PractitionerResponseRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Too much of anything gets a clear refusal and changes nothing: a body over the size limit (413),
 * a field longer than its form allows (400, with a message by the field), never a 500. A pause
 * reason over its column's 4000 characters was a 500 until this test.
 */
@PathwayTest
class OversizedRequestTests {

    static final String VALID = """
            {"practitioner": {"name": "Dr Big Body", "profession": "GP", "register": "GMC", "registerNumber": "6400001"},
             "source": "PATIENT", "concernAreas": ["CLINICAL"], "summary": "%s", "receivedOn": "2026-11-20"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerResponseRepository responses;
    @LocalServerPort
    int port;

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnyoneReadsIt() throws Exception {
        long before = concerns.count();
        String twoMegabytes = VALID.formatted("x".repeat(2 * 1024 * 1024));

        mvc.perform(post("/api/concerns").with(caseManager()).contentType(MediaType.APPLICATION_JSON).content(twoMegabytes))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").value("The request is larger than 1 MB, the most this service accepts"));
        mvc.perform(post("/api/concerns").contentType(MediaType.APPLICATION_JSON).content(twoMegabytes))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("summary=" + "x".repeat(2 * 1024 * 1024)))
                .andExpect(status().isPayloadTooLarge());

        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void aFieldLongerThanItsFormAllowsIsExplainedByTheField() throws Exception {
        long before = concerns.count();
        String hundredKilobytes = "x".repeat(100 * 1024);

        mvc.perform(post("/api/concerns").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted(hundredKilobytes)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.summary").value("The summary must be 8000 characters or fewer"));
        Document page = html(mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                .param("summary", hundredKilobytes).param("familyName", hundredKilobytes))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#error-summary").text()).isNotBlank();
        assertThat(page.select("#error-familyName").text()).isNotBlank();
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void tooLongATaskAnswerReplyOrPauseReasonChangesNothing() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        String tooLong = "y".repeat(10_000);

        Document task = html(mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf())
                .param("likelihood", "2").param("impact", "2").param("insight", "FULL").param("triageNotes", tooLong))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(task.select("#error-triageNotes").text()).isNotBlank();

        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                .param("kind", "COMMENT").param("message", tooLong)).andExpect(status().isBadRequest());
        assertThat(responses.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow())).isEmpty();

        mvc.perform(post("/cases/{key}/pause", key).with(caseManager()).with(csrf()).param("reason", tooLong))
                .andExpect(noServerError()).andExpect(status().is3xxRedirection());
        assertThat(concerns.findByBusinessKey(key).orElseThrow().isPaused()).isFalse();
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN)).isNotNull();
    }

    @Test
    void overRealHttpABigFormOrAStreamedBodyWithoutALengthIsRefusedToo() throws Exception {
        long before = concerns.count();
        Visitor visitor = new Visitor(port).signIn("casemanager", "demo");
        HttpResponse<String> bigForm = visitor.post("/concerns", Map.of("summary", "z".repeat(3 * 1024 * 1024)));
        assertThat(bigForm.statusCode()).isEqualTo(413);
        assertThat(bigForm.body()).contains("That was too large to send");

        byte[] streamed = VALID.formatted("s".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = visitor.request("/api/concerns", Visitor.basic("casemanager", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(streamed))).build();
        HttpResponse<String> answer = visitor.send(chunked);
        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void aBigMultipartBodyIsRefusedBeforeAnyoneParsesItExceptOnTheUploads() throws Exception {
        String boundary = "lotusboundary";
        String fiveMegabytes = multipart(boundary, "x".repeat(5 * 1024 * 1024));
        Visitor anonymous = new Visitor(port);
        for (String path : new String[] {"/login", "/", "/concerns", "/camunda/api/admin/auth/user/default/login/cockpit",
                "/engine-rest/task"}) {
            // Announced, not sent: the answer comes from the length alone. (Sending the five megabytes
            // races the server's closing the connection on a body it will not read, which can cut the
            // answer short on the client's side.)
            assertThat(statusLine(path, boundary, fiveMegabytes.length())).as(path).startsWith("HTTP/1.1 413");
        }
        byte[] streamed = fiveMegabytes.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = anonymous.send(anonymous.request("/login",
                "Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(streamed))).build());
        assertThat(chunked.statusCode()).as("a multipart body without a length").isBetween(400, 499);

        // Uploads keep spring.servlet.multipart's larger limits: refused for other reasons, never for size.
        String twoMegabytes = multipart(boundary, "<definitions/>" + " ".repeat(2 * 1024 * 1024));
        HttpResponse<String> upload = anonymous.send(anonymous.request("/api/deployments", Visitor.basic("lead", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(twoMegabytes)).build());
        assertThat(upload.statusCode()).isNotEqualTo(413).isBetween(200, 499);
        HttpResponse<String> modeler = anonymous.send(anonymous.request("/modeler/edit",
                "Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(twoMegabytes)).build());
        assertThat(modeler.statusCode()).isNotEqualTo(413).isBetween(200, 499);
    }

    /** The first line of the answer to a POST that announces a body of this length and sends none of it. */
    private String statusLine(String path, String boundary, int length) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static String multipart(String boundary, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nnobody\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    }
}
