package org.lotuspathway.register;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the Responsible Officer: every practitioner with a check never recorded, or overdue
 * (revalidation or renewal passed, a DBS check older than the policy allows), by name, a page at
 * a time; optionally only those with an open case.
 */
@Service
public class OverdueChecks {

    public static final int PAGE_SIZE = 50;

    private static final String MATCHING = """
             from practitioner p left join practitioner_record r on r.practitioner_id = p.id
            where (r.practitioner_id is null or r.registration_status is null or r.dbs_issued_on is null
                   or (p.register = 'GMC' and (r.revalidation_due is null or r.revalidation_due < :today))
                   or (p.register <> 'GMC' and (r.renewal_due is null or r.renewal_due < :today))
                   or (r.dbs_update_service is not true and r.dbs_issued_on < :issuedBefore)
                   or (r.dbs_update_service = true
                       and coalesce(r.dbs_update_service_checked_on, r.dbs_issued_on) < :statusCheckedBefore))""";
    private static final String OPEN_CASE = """
             and exists (select 1 from concern c where c.practitioner_id = p.id and c.stage <> 'CLOSED')""";

    private final NamedParameterJdbcTemplate jdbc;
    private final PractitionerRepository practitioners;
    private final PractitionerRecordRepository records;
    private final PractitionerChecks checks;
    private final VettingPolicy policy;
    private final PathwayClock clock;
    private final AuditLog audit;

    OverdueChecks(NamedParameterJdbcTemplate jdbc, PractitionerRepository practitioners,
            PractitionerRecordRepository records, PractitionerChecks checks, VettingPolicy policy, PathwayClock clock,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.practitioners = practitioners;
        this.records = records;
        this.checks = checks;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
    }

    /** A practitioner and the checks that need attention. */
    public record Row(Practitioner practitioner, List<DueCheck> checks) {
    }

    public record Page(List<Row> rows, long total, int number) {

        public boolean hasNext() {
            return (number + 1L) * PAGE_SIZE < total;
        }

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** A page past the end (a bookmark from when more were listed) gives the last page instead. */
    @Transactional
    public Page find(boolean openCasesOnly, int page) {
        LocalDate today = clock.today();
        MapSqlParameterSource parameters = new MapSqlParameterSource("today", Date.valueOf(today))
                .addValue("issuedBefore", Date.valueOf(policy.overdueIfIssuedBefore(today)))
                .addValue("statusCheckedBefore", Date.valueOf(policy.overdueIfStatusCheckedBefore(today)));
        String where = MATCHING + (openCasesOnly ? OPEN_CASE : "");
        Long total = jdbc.queryForObject("select count(*)" + where, parameters, Long.class);
        int number = (int) Math.min(Math.max(page, 0), Math.max(0, ((total == null ? 0 : total) - 1) / PAGE_SIZE));
        parameters.addValue("limit", PAGE_SIZE).addValue("offset", (long) number * PAGE_SIZE);
        List<Long> ids = jdbc.queryForList("select p.id" + where + " order by p.name, p.id limit :limit offset :offset",
                parameters, Long.class);
        Map<Long, Practitioner> found = practitioners.findAllById(ids).stream()
                .collect(Collectors.toMap(Practitioner::id, Function.identity()));
        Map<Long, PractitionerRecord> recorded = records.findAllById(ids).stream()
                .collect(Collectors.toMap(PractitionerRecord::practitionerId, Function.identity()));
        List<Row> rows = ids.stream().map(id -> new Row(found.get(id), checks.of(found.get(id),
                Optional.ofNullable(recorded.get(id)), today).stream().filter(DueCheck::needsAttention).toList()))
                .toList();
        audit.record(AuditAction.VIEWED_CHECKS, null, "page " + (number + 1) + (openCasesOnly ? ", open cases only" : ""));
        return new Page(rows, total == null ? 0 : total, number);
    }
}
