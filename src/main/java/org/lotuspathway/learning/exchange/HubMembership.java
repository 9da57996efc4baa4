package org.lotuspathway.learning.exchange;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A member organisation's side of the hub ({@code lotus.learning.hub.url} and {@code .token} set):
 * it publishes bundles a lead exports to the hub, and pulls what other members shared on a
 * schedule ({@code lotus.learning.hub.pull-cron}, "-" for never), each bundle imported as an upload
 * would be (checked again, de-duplicated by entry id), from where the last pull stopped.
 */
@Service
public class HubMembership {

    private static final Logger LOG = LoggerFactory.getLogger(HubMembership.class);
    private static final int MOST_PAGES = 100;

    private final ExchangeSettings settings;
    private final HubClient hub;
    private final LearningExport export;
    private final LearningImport imports;
    private final NamedParameterJdbcTemplate jdbc;
    private final PathwayClock clock;
    private final ObjectMapper json = new ObjectMapper();

    HubMembership(ExchangeSettings settings, HubClient hub, LearningExport export, LearningImport imports,
            NamedParameterJdbcTemplate jdbc, PathwayClock clock) {
        this.settings = settings;
        this.hub = hub;
        this.export = export;
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean hasHub() {
        return settings.hasHub();
    }

    /** What a publish or a pull came to: entries added and skipped, and what went wrong, if anything. */
    public record Result(int added, int skipped, List<String> problems) {
    }

    /** Exports the selection to the hub; the export is kept and audited as it left, whatever the hub answered. */
    public Result publish(LearningExport.Selection selection, String user) {
        if (!hasHub()) {
            return new Result(0, 0, List.of("No hub is configured: set lotus.learning.hub.url and lotus.learning.hub.token."));
        }
        try {
            String bundle = export.export(selection, "hub", user);
            HubClient.Answer answer = hub.publish(bundle);
            JsonNode body = answer.body().length == 0 ? json.createObjectNode() : json.readTree(answer.body());
            if (answer.status() == 201) {
                return new Result(body.path("added").asInt(), body.path("skipped").asInt(), List.of());
            }
            List<String> problems = new ArrayList<>();
            body.path("problems").forEach(problem -> problems.add(problem.asText()));
            if (problems.isEmpty()) {
                problems.add(answer.status() == 401 ? "The hub refused this organisation's token (401): ask the hub's administrator for a new one."
                        : "The hub answered " + answer.status() + ".");
            }
            return new Result(0, 0, problems);
        } catch (IOException e) {
            return new Result(0, 0, List.of("The hub could not be reached: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, 0, List.of("Interrupted while publishing to the hub."));
        }
    }

    @Scheduled(cron = "${lotus.learning.hub.pull-cron:0 15 * * * *}", zone = "Europe/London")
    void pullOnSchedule() {
        if (hasHub()) {
            Result result = pull();
            LOG.info("Pulled the learning hub: {} added, {} already here, {} problem(s)", result.added(),
                    result.skipped(), result.problems().size());
        }
    }

    /** Everything the hub received since the last pull, bundle by bundle. */
    public Result pull() {
        if (!hasHub()) {
            return new Result(0, 0, List.of("No hub is configured."));
        }
        int added = 0;
        int skipped = 0;
        List<String> problems = new ArrayList<>();
        long since = pulledUpTo();
        try {
            for (int page = 0; page < MOST_PAGES; page++) {
                HubClient.Answer answer = hub.entriesSince(since);
                if (answer.status() != 200) {
                    problems.add("The hub answered " + answer.status() + (answer.status() == 401
                            ? ": it refused this organisation's token." : "."));
                    break;
                }
                JsonNode body = json.readTree(answer.body());
                for (JsonNode bundle : body.path("bundles")) {
                    if (settings.isOwn(bundle.path("organisation").path("code").asText())) {
                        continue;
                    }
                    LearningImport.Outcome outcome = imports.importBundle(json.writeValueAsBytes(bundle),
                            LearningImport.FROM_HUB, AuditLog.SYSTEM);
                    added += outcome.added();
                    skipped += outcome.skipped();
                    outcome.problems().forEach(problem -> problems.add(bundle.path("organisation").path("code").asText()
                            + ": " + problem));
                }
                long next = body.path("next").asLong(since);
                if (next > since) {
                    since = next;
                    remember(since);
                }
                if (!body.path("more").asBoolean(false)) {
                    break;
                }
            }
        } catch (IOException e) {
            problems.add("The hub could not be reached, or its answer was not understood: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("Interrupted while pulling from the hub.");
        }
        return new Result(added, skipped, problems);
    }

    private long pulledUpTo() {
        return jdbc.queryForList("select pulled_up_to from hub_pull where hub_url = :url",
                new MapSqlParameterSource("url", settings.hubUrl()), Long.class).stream().findFirst().orElse(0L);
    }

    private void remember(long upTo) {
        MapSqlParameterSource values = new MapSqlParameterSource("url", settings.hubUrl()).addValue("upTo", upTo)
                .addValue("at", Timestamp.from(clock.now()));
        if (jdbc.update("update hub_pull set pulled_up_to = :upTo, pulled_at = :at where hub_url = :url", values) == 0) {
            jdbc.update("insert into hub_pull (hub_url, pulled_up_to, pulled_at) values (:url, :upTo, :at)", values);
        }
    }
}
