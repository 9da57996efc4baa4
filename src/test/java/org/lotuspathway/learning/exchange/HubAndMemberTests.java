package org.lotuspathway.learning.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.learning.LibraryQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A regional hub and a member, each an application of its own (own engine name, own H2 file) in
 * this JVM; a second member is played by plain HTTP with its own token. The hub takes bundles only
 * with a member's live token, and a member's pull brings the other member's lessons, marked with
 * their organisation.
 */
class HubAndMemberTests {

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMembersPullShowsTheOtherMembersLessonsAndTheHubRefusesWrongOrRevokedTokens() throws Exception {
        try (ConfigurableApplicationContext hub = start("hub", "--lotus.learning.hub.enabled=true",
                "--lotus.organisation.code=NW-HUB", "--lotus.organisation.name=North West regional team")) {
            String url = "http://localhost:" + hub.getEnvironment().getProperty("local.server.port");
            HubMembers members = hub.getBean(HubMembers.class);
            String tokenA = members.issue("NW-A", "Trust A", "admin");
            String tokenB = members.issue("NW-B", "Trust B", "admin");
            String tokenC = members.issue("NW-C", "Trust C", "admin");
            members.revoke("NW-C", "admin");

            String bundleB = LearningExchangeTests.bundle("NW-B", LearningExchangeTests.entry(UUID.randomUUID().toString(),
                    "Gannet: supervision every fortnight for new GPs."));
            assertThat(post(url, "wrong-token", bundleB).statusCode()).isEqualTo(401);
            assertThat(post(url, null, bundleB).statusCode()).isEqualTo(401);
            assertThat(post(url, tokenC, bundleB).statusCode()).as("revoked").isEqualTo(401);
            assertThat(get(url + "/api/learning/entries?since=0", tokenC).statusCode()).isEqualTo(401);
            HttpResponse<String> garbage = post(url, tokenB, "{\"schemaVersion\":1,]");
            assertThat(garbage.statusCode()).isEqualTo(422);
            assertThat(garbage.body()).contains("not valid JSON");
            assertThat(post(url, tokenB, bundleB.replace("\"NW-B\"", "\"NW-A\"")).body())
                    .contains("not the one this token was issued to");
            assertThat(get(url + "/api/learning/entries?since=soon", tokenB).statusCode()).isEqualTo(400);
            HttpResponse<String> taken = post(url, tokenB, bundleB);
            assertThat(taken.statusCode()).isEqualTo(201);
            assertThat(taken.body()).isEqualTo("{\"added\":1,\"skipped\":0}");
            assertThat(get(url + "/api/learning/entries?since=0", tokenB).body()).as("a member's own entries stay out")
                    .doesNotContain("Gannet");

            try (ConfigurableApplicationContext memberA = start("member-a", "--lotus.organisation.code=NW-A",
                    "--lotus.organisation.name=Trust A", "--lotus.learning.hub.url=" + url,
                    "--lotus.learning.hub.token=" + tokenA)) {
                HubMembership membership = memberA.getBean(HubMembership.class);
                HubMembership.Result pulled = membership.pull();
                assertThat(pulled.problems()).isEmpty();
                assertThat(pulled.added()).isEqualTo(1);

                SharedLibrary.Page library = memberA.getBean(SharedLibrary.class).search(new LibraryQuery("gannet",
                        null, null, null, null, null, null, null, null, null, null), 0);
                assertThat(library.entries()).singleElement().satisfies(entry -> {
                    assertThat(entry.organisationName()).as("the name the hub gave the member, not the bundle's own")
                            .isEqualTo("Trust B");
                    assertThat(entry.learning()).contains("supervision every fortnight");
                });
                assertThat(membership.pull().added()).as("nothing new the second time").isZero();

                HubMembership.Result published = membership.publish(new LearningExport.Selection(YearMonth.of(2026, 1),
                        YearMonth.of(2026, 12), null), "lead");
                assertThat(published.problems()).as("the hub takes member A's bundle with its token").isEmpty();
            }
        }
    }

    private HttpResponse<String> post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/api/learning/bundles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private ConfigurableApplicationContext start(String name, String... settings) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                // Camunda's webapps keep static state that a second application would overwrite (RestartTests)
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=" + name,
                "--lotus.demo-data.records=false", "--lotus.learning.hub.pull-cron=-",
                "--lotus.register.reminders.cron=-", "--lotus.learning.action-reminders.cron=-"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(LotusPathwayApplication.class).run(arguments.toArray(String[]::new));
    }
}
