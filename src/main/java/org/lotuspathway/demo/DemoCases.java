package org.lotuspathway.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.process.engine.DeployedForms;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.PathwayInstances;
import org.lotuspathway.process.engine.PathwayTasks;
import org.lotuspathway.worklist.TaskCommands;
import org.lotuspathway.process.TaskDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a fresh database with fictional cases, so that the lessons library and the insights mean
 * something on a first look: {@code lotus.demo-data.cases=300} (default 0: off), default profile
 * only. Cases are raised over the past twelve months and walked along the real pathway through
 * the real services, the engine clock moved from step to step, so they stop at every stage, some
 * closed with reviews, themes and actions, some updates late and some check-ins missed. Runs
 * before the job executor starts (an ApplicationRunner runs before the app is ready), and does
 * nothing if demo cases exist already, or if the database holds any case that is not a demo one
 * (those {@link DemoRecords} adds about the demo practitioners who sign in are demo ones too).
 */
@Component
@Profile("default")
@Order(1)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final long SEED = 20_261_122L;

    private final int count;
    private final JdbcTemplate jdbc;
    private final ConcernIntake intake;
    private final PathwayTasks tasks;
    private final PathwayInstances instances;
    private final TaskCommands commands;
    private final DeployedForms forms;
    private final List<TaskDraft> drafts;
    private final DemoActionProgress actionProgress;
    private final PathwayClock clock;
    private final TransactionTemplate transaction;

    DemoCases(@Value("${lotus.demo-data.cases:0}") int count, JdbcTemplate jdbc, ConcernIntake intake,
            PathwayTasks tasks, PathwayInstances instances, TaskCommands commands,
            DeployedForms forms, List<TaskDraft> drafts, DemoActionProgress actionProgress, PathwayClock clock,
            TransactionTemplate transaction) {
        this.count = count;
        this.jdbc = jdbc;
        this.intake = intake;
        this.tasks = tasks;
        this.instances = instances;
        this.commands = commands;
        this.forms = forms;
        this.drafts = drafts;
        this.actionProgress = actionProgress;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (count <= 0) {
            return;
        }
        Integer real = jdbc.queryForObject("select count(*) from concern where practitioner_id not in "
                + "(select id from practitioner where " + DemoPractitioners.DEMO_NUMBERS + " or " + DemoRecords.THEIRS + ")",
                Integer.class);
        if (real != null && real > 0) {
            log.warn("This database holds {} case(s) that are not demo cases; no demo cases added", real);
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from practitioner where " + DemoPractitioners.DEMO_NUMBERS,
                Integer.class);
        if (existing != null && existing > 0) {
            log.info("Demo cases exist already ({} demo practitioners); none added", existing);
            return;
        }
        long started = System.nanoTime();
        generate(count);
        log.info("Added {} fictional demo cases in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    void generate(int cases) {
        Random random = new Random(SEED);
        Instant now = clock.now();
        DemoPractitioners practitioners = new DemoPractitioners(random);
        try (PathwayClock.TimeTravel trip = clock.travel()) {
            for (Instant raisedAt : raisedTimes(cases, now, random)) {
                // One transaction a case: the engine's and our services' commands join it, so a case
                // costs one commit rather than one for every step.
                transaction.executeWithoutResult(status -> new DemoWalk(intake, tasks, instances, commands,
                        forms, drafts, clock, trip, random)
                        .walk(practitioners.concern(raisedAt.atZone(PathwayClock.UK).toLocalDate()), raisedAt, now));
            }
            actionProgress.moveAlong(now, trip, random);
        }
    }

    /** Spread over the past year, oldest first, on working days. */
    private static List<Instant> raisedTimes(int cases, Instant now, Random random) {
        Instant yearAgo = now.minus(Duration.ofDays(365));
        long span = Duration.between(yearAgo, now.minus(Duration.ofDays(2))).toMinutes();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Instant at = DemoTime.workingHours(yearAgo.plus(Duration.ofMinutes((long) (random.nextDouble() * span))), random);
            times.add(at.isAfter(now) ? now.minus(Duration.ofHours(1)) : at);
        }
        times.sort(null);
        return times;
    }
}
