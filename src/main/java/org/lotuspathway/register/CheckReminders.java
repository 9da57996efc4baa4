package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code lotus.register.reminders.cron}; "-" turns it off), a task on each practitioner's
 * open case for each of their checks that falls due within the reminder period or is overdue.
 * Only practitioners with an open case: a closed case needs nothing more. One reminder per check
 * per due date: a check recorded again with a new due date is reminded of again when that comes.
 */
@Component
public class CheckReminders {

    private static final Logger log = LoggerFactory.getLogger(CheckReminders.class);

    private final JdbcTemplate jdbc;
    private final PractitionerRepository practitioners;
    private final PractitionerRecordRepository records;
    private final ConcernRepository concerns;
    private final PractitionerChecks checks;
    private final RecordProcesses processes;
    private final PathwayClock clock;
    private final TransactionTemplate transaction;

    CheckReminders(JdbcTemplate jdbc, PractitionerRepository practitioners, PractitionerRecordRepository records,
            ConcernRepository concerns, PractitionerChecks checks, RecordProcesses processes, PathwayClock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.practitioners = practitioners;
        this.records = records;
        this.concerns = concerns;
        this.checks = checks;
        this.processes = processes;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${lotus.register.reminders.cron:0 30 6 * * *}", zone = "Europe/London")
    void daily() {
        try {
            log.info("Reminded case teams of {} practitioner check(s) falling due", remind());
        } catch (RuntimeException e) {
            // The database is away, say: tomorrow's round reminds them instead.
            log.warn("Practitioner check reminders could not be made today: {}", e.getMessage());
        }
    }

    /** Starts today's reminders; returns how many. */
    public int remind() {
        LocalDate today = clock.today();
        List<Long> withOpenCases = jdbc.queryForList("""
                select distinct r.practitioner_id from practitioner_record r
                join concern c on c.practitioner_id = r.practitioner_id where c.stage <> 'CLOSED'
                order by r.practitioner_id""", Long.class);
        int reminded = 0;
        for (Long id : withOpenCases) {
            Practitioner practitioner = practitioners.findById(id).orElseThrow();
            Optional<PractitionerRecord> record = records.findById(id);
            for (DueCheck check : checks.of(practitioner, record, today)) {
                boolean due = check.state() == DueCheck.State.DUE_SOON || check.state() == DueCheck.State.OVERDUE;
                if (due && remind(practitioner, check)) {
                    reminded++;
                }
            }
        }
        return reminded;
    }

    /** In a transaction of its own, so that a second node reminding at the same moment changes nothing. */
    private boolean remind(Practitioner practitioner, DueCheck check) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                Integer earlier = jdbc.queryForObject("""
                        select count(*) from check_reminder
                        where practitioner_id = ? and check_kind = ? and due_on = ?""", Integer.class,
                        practitioner.id(), check.kind().name(), java.sql.Date.valueOf(check.dueOn()));
                Optional<Concern> open = concerns.findByPractitionerOrderByRaisedAtDesc(practitioner).stream()
                        .filter(concern -> !concern.isClosed()).findFirst();
                if ((earlier != null && earlier > 0) || open.isEmpty()) {
                    return false;
                }
                jdbc.update("""
                        insert into check_reminder (practitioner_id, check_kind, due_on, business_key, reminded_at)
                        values (?, ?, ?, ?, ?)""", practitioner.id(), check.kind().name(),
                        java.sql.Date.valueOf(check.dueOn()), open.get().businessKey(),
                        java.sql.Timestamp.from(clock.now()));
                processes.remind(open.get().businessKey(), check.kind(), check.dueOn(), open.get().caseManager());
                return true;
            }));
        } catch (DuplicateKeyException remindedMeanwhile) {
            return false;
        }
    }
}
