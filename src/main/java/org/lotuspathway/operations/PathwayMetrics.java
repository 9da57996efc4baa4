package org.lotuspathway.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.PathwayInstances;
import org.lotuspathway.process.engine.PathwayTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pathway's own figures for Prometheus (/actuator/prometheus):
 * <ul>
 * <li>{@code lotus_cases_open{stage=...}}: open cases in each stage;</li>
 * <li>{@code lotus_updates_overdue}: practitioner updates not sent by their deadline;</li>
 * <li>{@code lotus_jobs_executable}: the job executor's backlog, jobs due and not yet run;</li>
 * <li>{@code lotus_jobs_failed}: jobs that ran out of retries and wait for someone (incidents).</li>
 * </ul>
 * One reading serves every gauge for a few seconds, so a scrape costs four small queries.
 */
@Component
class PathwayMetrics implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final PathwayTasks tasks;
    private final PathwayInstances instances;
    private final PathwayClock clock;

    private Reading reading;

    PathwayMetrics(JdbcTemplate jdbc, PathwayTasks tasks, PathwayInstances instances, PathwayClock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.instances = instances;
        this.clock = clock;
    }

    record Reading(Instant at, Map<Stage, Long> openCases, long overdueUpdates, long executableJobs, long failedJobs) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            if (stage != Stage.CLOSED) {
                Gauge.builder("lotus.cases.open", this, metrics -> metrics.read().openCases().getOrDefault(stage, 0L))
                        .description("Open cases in a stage of the pathway").tag("stage", stage.name())
                        .register(registry);
            }
        }
        Gauge.builder("lotus.updates.overdue", this, metrics -> metrics.read().overdueUpdates())
                .description("Practitioner updates not sent by their deadline").register(registry);
        Gauge.builder("lotus.jobs.executable", this, metrics -> metrics.read().executableJobs())
                .description("Jobs due and waiting for the job executor").register(registry);
        Gauge.builder("lotus.jobs.failed", this, metrics -> metrics.read().failedJobs())
                .description("Jobs out of retries, waiting for an administrator").register(registry);
    }

    synchronized Reading read() {
        Instant now = Instant.now();
        if (reading == null || reading.at().plus(FRESH_FOR).isBefore(now)) {
            reading = readNow(now);
        }
        return reading;
    }

    /** Forgets the last reading, so the next scrape reads afresh (tests). */
    synchronized void forget() {
        reading = null;
    }

    private Reading readNow(Instant now) {
        Map<Stage, Long> open = new EnumMap<>(Stage.class);
        jdbc.query("select stage, count(*) from concern where stage <> ? group by stage",
                row -> {
                    open.put(Stage.valueOf(row.getString(1)), row.getLong(2));
                }, Stage.CLOSED.name());
        long overdue = tasks.overdue(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, clock.now());
        long executable = instances.executableJobs();
        long failed = instances.failedJobs();
        return new Reading(now, open, overdue, executable, failed);
    }
}
