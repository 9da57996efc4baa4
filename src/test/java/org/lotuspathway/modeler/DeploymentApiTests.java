package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The deploy path as an API: the same checks, 201 with the new versions or 422 with every problem. */
@PathwayTest
class DeploymentApiTests {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void aDiagramSavedByCamundaModelerIsOpenedDeployedAndRuns() throws Exception {
        String saved = new String(new ClassPathResource("modeler/peer-support-call.bpmn").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/deployments").file(file("peer-support-call.bpmn", saved))
                        .param("comment", "A peer support call, drawn in Camunda Modeler").with(as("lead", "lead")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[?(@.key == 'peer-support-call')].version").value(1));

        String opened = mvc.perform(get("/modeler/edit").param("file", "processes/peer-support-call.bpmn")
                .with(as("lead", "lead"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(opened).select("#model-source").text()).contains("BPMNShape", "exporter=\"Camunda Modeler\"");

        ProcessInstance call = runtime.startProcessInstanceByKey("peer-support-call", "PEER-1");
        String taskId = tasks.createTaskQuery().processInstanceId(call.getId()).singleResult().getId();
        tasks.complete(taskId);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(call.getId()).count()).isZero();
    }

    @Test
    void problemsAnswer422AndNothingIsDeployed() throws Exception {
        long before = repository.createDeploymentQuery().count();

        mvc.perform(multipart("/api/deployments").file(file("hostile.bpmn", HostileModels.SCRIPT_TASK))
                        .file(file("careless.bpmn", HostileModels.MISSING_FORM)).param("comment", "Trying")
                        .with(as("lead", "lead")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/hostile.bpmn')].message",
                        org.hamcrest.Matchers.hasItem("Script tasks are not allowed: they would run code on the server")))
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/hostile.bpmn')].elementId",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Step_1"))))
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/careless.bpmn')].message",
                        org.hamcrest.Matchers.hasItem("The form no-such-form does not exist")));

        mvc.perform(multipart("/api/deployments").file(file("peer.bpmn", "<not xml")).with(as("lead", "lead")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.message == 'Say why you are deploying a new version')]").exists());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    /** Issue 13: the engine's shell task, deployed over HTTP as a lead, was accepted and ran its command. */
    @Test
    void aCopyOfALiveDiagramUnderAnotherNameIsRefusedForItsIdsAndNothingIsDeployed() throws Exception {
        long before = repository.createDeploymentQuery().count();
        String live = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "concern-pathway.bpmn"));

        mvc.perform(multipart("/api/deployments").file(file("copy-of-pathway.bpmn", live))
                        .param("comment", "A copy").with(as("lead", "lead")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/copy-of-pathway.bpmn')].message",
                        org.hamcrest.Matchers.hasItem("The process id concern-pathway is already defined in"
                                + " processes/concern-pathway.bpmn: each is defined once in the pathway. Give this one"
                                + " an id of its own, or change processes/concern-pathway.bpmn instead")));
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aShellTaskIsRefusedOverHttpAndNothingIsDeployedOrRun() throws Exception {
        long before = repository.createDeploymentQuery().count();
        java.nio.file.Path marker = java.nio.file.Files.createTempDirectory("lotus-shell").resolve("ran");
        String shell = HostileModels.shellTask("hostile-shell", marker.toString());

        Answer answer = post("multipart/form-data; boundary=" + BOUNDARY,
                multipartBody("hostile-shell.bpmn", shell.getBytes(StandardCharsets.UTF_8), "Tidying up"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("Nothing was deployed", "processes/hostile-shell.bpmn", "Step_1",
                "camunda:type=\\\"shell\\\" is not allowed");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("hostile-shell").count()).isZero();
        assertThat(marker).doesNotExist();
    }

    /** Through the real server: MockMvc applies no upload limits and parses no multipart bodies. */
    @Test
    void aTwentyMegabyteUploadIsRefusedWithAClearAnswer() throws Exception {
        long before = repository.createDeploymentQuery().count();
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');

        Answer answer = post("multipart/form-data; boundary=" + BOUNDARY, multipartBody("huge.bpmn", huge, "Too big"));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than 12 MB");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aMalformedMultipartBodyIsRefusedWithAClearAnswer() throws Exception {
        long before = repository.createDeploymentQuery().count();

        Answer answer = post("multipart/form-data; boundary=" + BOUNDARY,
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.bpmn\"\r\n\r\n<cut short")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("could not be read as multipart/form-data");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void anythingButMultipartIsRefusedSayingWhatToSend() throws Exception {
        Answer answer = post("application/json", "{\"files\": []}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body()).contains("Send the files as multipart/form-data").doesNotContain("Send JSON");
    }

    @Test
    void onlyLeadsAndAdministratorsDeploy() throws Exception {
        MockMultipartFile form = file("peer.bpmn", HostileModels.MISSING_FORM);
        mvc.perform(multipart("/api/deployments").file(form)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/deployments").file(form).with(as("casemanager", "casemanager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/modeler").with(as("casemanager", "casemanager"))).andExpect(status().isForbidden());
        mvc.perform(get("/modeler").with(as("admin", "camunda-admin"))).andExpect(status().isOk());
    }

    static final String BOUNDARY = "lotus-test-boundary";

    record Answer(int status, String body) {
    }

    /**
     * Posts to the running server as the demo lead. The server may answer before it has read the
     * whole body (a refused upload), so the body is written on its own thread while the answer is read.
     */
    private Answer post(String contentType, byte[] body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            String head = "POST /api/deployments HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString("lead:demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            Thread writer = new Thread(() -> {
                try {
                    var out = socket.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (java.io.IOException refusedPartWay) {
                    // The server answered and closed before reading it all.
                }
            });
            writer.start();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                // only the body is of interest
            }
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                response.append(line).append('\n');
            }
            writer.join(10_000);
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), response.toString());
        }
    }

    private static byte[] multipartBody(String fileName, byte[] content, String comment) throws java.io.IOException {
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n" + comment + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "application/xml", content.getBytes(StandardCharsets.UTF_8));
    }

}
