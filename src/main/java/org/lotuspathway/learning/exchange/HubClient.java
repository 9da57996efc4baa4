package org.lotuspathway.learning.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.stereotype.Component;

/** A member's calls to its hub: publishing a bundle, and asking for what arrived since its last pull. */
@Component
class HubClient {

    /** The most of one answer from the hub that is read. */
    static final int MOST_BYTES = 20 * 1024 * 1024;

    private final ExchangeSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HubClient(ExchangeSettings settings) {
        this.settings = settings;
    }

    record Answer(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer publish(String bundle) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(settings.hubUrl() + "/api/learning/bundles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bundle, StandardCharsets.UTF_8)));
    }

    Answer entriesSince(long since) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(settings.hubUrl() + "/api/learning/entries?since=" + since)).GET());
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request.timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + settings.hubToken()).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] read = body.readNBytes(MOST_BYTES + 1);
            if (read.length > MOST_BYTES) {
                throw new IOException("The hub's answer is larger than " + MOST_BYTES / (1024 * 1024) + " MB");
            }
            return new Answer(response.statusCode(), read);
        }
    }
}
