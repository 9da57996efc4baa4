package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A diagram or decision table that names a schema to fetch ({@code xsi:schemaLocation},
 * {@code xsi:noNamespaceSchemaLocation}) is refused from its text, and even were it not, Camunda's
 * parsers fetch nothing from elsewhere: a server on this machine counts every request made to it.
 */
@PathwayTest
class SchemaFetchTests {

    @Autowired
    ModelDeployments deployments;
    @Autowired
    EngineAccepts engineAccepts;
    @Autowired
    PathwayVersions versions;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] schema = """
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:fetched"/>""".getBytes();
            exchange.sendResponseHeaders(200, schema.length);
            exchange.getResponseBody().write(schema);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/schema.xsd";
    }

    private String diagramNaming(String attribute) {
        return HostileModels.process("fetching", """
                <bpmn:task id="Step_1" name="Look">
                  <bpmn:extensionElements><f:thing xmlns:f="urn:fetched"/></bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:task>""")
                .replace("id=\"Definitions_1\"", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"Definitions_1\" "
                        + attribute);
    }

    private String tableNaming(String attribute) {
        return versions.live("processes/triage-risk.dmn").content().replace("id=\"Definitions_TriageRisk\"",
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"Definitions_TriageRisk\" " + attribute)
                .replaceFirst("</description>", "</description><extensionElements><f:thing xmlns:f=\"urn:fetched\"/></extensionElements>");
    }

    @Test
    void aDiagramNamingASchemaIsRefusedAndNothingIsFetched() {
        String located = diagramNaming("xsi:schemaLocation=\"urn:fetched " + address() + "\"");
        String unnamespaced = diagramNaming("xsi:noNamespaceSchemaLocation=\"" + address() + "\"");

        for (String xml : List.of(located, unnamespaced)) {
            assertThat(deployments.check(List.of(new ModelFile("processes/fetching.bpmn", xml)))).anySatisfy(problem -> {
                assertThat(problem.elementId()).isEqualTo("Definitions_1");
                assertThat(problem.message()).contains("is not allowed: it tells a parser to fetch a schema");
            });
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void aDecisionTableNamingASchemaIsRefusedAndNothingIsFetched() {
        String dmn = tableNaming("xsi:noNamespaceSchemaLocation=\"" + address() + "\"");

        assertThat(deployments.check(List.of(new ModelFile("processes/triage-risk.dmn", dmn))))
                .anySatisfy(problem -> assertThat(problem.message()).contains("xsi:noNamespaceSchemaLocation is not allowed"));
        assertThat(requests).hasValue(0);
    }

    /** The last line: Camunda's own parsers, given such files directly, still fetch nothing. */
    @Test
    void theEnginesParsersFetchNoSchema() {
        List<Problem> problems = new ArrayList<>();
        ModelSet models = ModelSet.read(List.of(
                new ModelFile("processes/fetching.bpmn", diagramNaming("xsi:schemaLocation=\"urn:fetched " + address() + "\"")),
                new ModelFile("processes/unnamespaced.bpmn", diagramNaming("xsi:noNamespaceSchemaLocation=\"" + address() + "\"")
                        .replace("\"fetching\"", "\"unnamespaced\"")),
                new ModelFile("processes/triage-risk.dmn", tableNaming("xsi:schemaLocation=\"urn:fetched " + address() + "?dmn\"")),
                new ModelFile("processes/other-risk.dmn", tableNaming("xsi:noNamespaceSchemaLocation=\"" + address() + "?dmn2\"")
                        .replace("id=\"triage-risk\"", "id=\"other-risk\""))), problems);

        engineAccepts.check(models, problems);

        assertThat(requests).hasValue(0);
    }
}
