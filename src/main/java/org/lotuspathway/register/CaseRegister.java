package org.lotuspathway.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.common.MatchCount;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.PanelCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every case, open and closed, from our own tables, filtered, ordered and paged by the database
 * along its indexes (migration 10): a name by a range of the folded words' key, a reference or a
 * number by its own index, and the newest first along the cases' index of when they were opened.
 * Every search and every export goes to the audit log. A member of the PAG/PSG panel who works no
 * other role finds in it only the cases they may open ({@link PanelCases}).
 */
@Service
public class CaseRegister {

    private static final String COLUMNS = """
            select c.business_key, c.stage, c.risk_band, c.raised_at, c.closed_on, c.paused_since, c.case_manager,
                   p.name, p.register, p.register_number, p.profession""";
    private static final String FROM = " from concern c join practitioner p on p.id = c.practitioner_id";
    /** The words of names are ASCII letters and digits, ordered 0-9 then a-z in any collation. */
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    /**
     * Practitioners a word of a search may start the name of and still be looked up from the words'
     * key; a word starting more names than this ("a", "ang") is checked case by case instead, along
     * the order the page is read in, which finds a page of them sooner than sorting them all.
     */
    static final int FEW_NAMES = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final PanelCases panel;
    private final int fewNames;
    private final int pagesCountedAhead;

    @Autowired
    CaseRegister(NamedParameterJdbcTemplate jdbc, AuditLog audit, PanelCases panel) {
        this(jdbc, audit, panel, FEW_NAMES, MatchCount.PAGES_COUNTED_AHEAD);
    }

    CaseRegister(NamedParameterJdbcTemplate jdbc, AuditLog audit, PanelCases panel, int fewNames,
            int pagesCountedAhead) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.panel = panel;
        this.fewNames = fewNames;
        this.pagesCountedAhead = pagesCountedAhead;
    }

    /**
     * The page's cases are picked from the cases alone (and their practitioners only when the filter
     * or order is about them), and only those few are then joined to their practitioners: otherwise
     * H2 reads every practitioner first and sorts all their cases to find the newest 25. The cases
     * that match are counted only so far past the page ({@link MatchCount}): counting all 12,000
     * cases of the names a broad word starts took most of a search's time on PostgreSQL.
     */
    @Transactional
    public RegisterPage search(RegisterFilter filter, CurrentUser viewer) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String onThePage = where(filter, viewer, parameters, true);
        String counted = where(filter, viewer, parameters, false);
        String cases = needsPractitioner(filter) ? FROM : " from concern c";
        String order = " order by " + filter.sort().orderBy();
        List<RegisterRow> rows = jdbc.query(COLUMNS + " from (select c.*" + cases + onThePage + order
                + " limit :limit offset :offset) c join practitioner p on p.id = c.practitioner_id" + order,
                parameters.addValue("limit", RegisterFilter.PAGE_SIZE).addValue("offset", filter.offset()),
                (row, n) -> row(row));
        long countedAtMost = filter.offset() + (long) pagesCountedAhead * RegisterFilter.PAGE_SIZE;
        MatchCount count = MatchCount.upTo(countedAtMost, jdbc, cases + counted, parameters);
        audit.record(AuditAction.SEARCHED_REGISTER, null, "page " + (filter.page() + 1) + " of " + describe(filter, viewer));
        return new RegisterPage(rows, count, filter);
    }

    /** Every matching case in the filter's order, one at a time, without holding them all. */
    @Transactional
    public void export(RegisterFilter filter, CurrentUser viewer, Consumer<RegisterRow> each) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, viewer, parameters, false);
        audit.record(AuditAction.EXPORTED_REGISTER, null, describe(filter, viewer));
        jdbc.query(COLUMNS + FROM + where + " order by " + filter.sort().orderBy(), parameters,
                (ResultSet row) -> each.accept(row(row)));
    }

    private static boolean needsPractitioner(RegisterFilter filter) {
        return filter.profession() != null || filter.searchKind() == RegisterFilter.SearchKind.REGISTER_NUMBER
                || filter.sort() == RegisterSort.PRACTITIONER;
    }

    private static String describe(RegisterFilter filter, CurrentUser viewer) {
        return filter.describe() + (viewer.onlyOnThePanel() ? ", of the cases open to them on the panel" : "");
    }

    /** The conditions; for a page (not a count, nor an export), broad words of a name checked case by case. */
    private String where(RegisterFilter filter, CurrentUser viewer, MapSqlParameterSource parameters,
            boolean forAPage) {
        List<String> conditions = new ArrayList<>();
        if (viewer.onlyOnThePanel()) {
            conditions.add(panel.asSqlConditionOnCases());
            parameters.addValue("me", viewer.name());
        }
        switch (filter.searchKind()) {
            case BUSINESS_KEY -> {
                conditions.add("c.business_key = :key");
                parameters.addValue("key", filter.businessKey());
            }
            case REGISTER_NUMBER -> {
                conditions.add("p.register_number = :number");
                parameters.addValue("number", filter.registerNumber());
            }
            case NAME -> nameConditions(filter.nameWords(), conditions, parameters, forAPage);
            case NONE -> {
            }
        }
        if (filter.profession() != null) {
            conditions.add("p.profession = :profession");
            parameters.addValue("profession", filter.profession().name());
        }
        if (filter.stage() != null) {
            conditions.add("c.stage = :stage");
            parameters.addValue("stage", filter.stage().name());
        }
        if (filter.riskBand() != null) {
            conditions.add("c.risk_band = :band");
            parameters.addValue("band", filter.riskBand().name());
        }
        if (filter.caseManager() != null) {
            conditions.add("c.case_manager = :manager");
            parameters.addValue("manager", filter.caseManager());
        }
        if (filter.openedFrom() != null) {
            conditions.add("c.raised_at >= :openedFrom");
            parameters.addValue("openedFrom", startOf(filter.openedFrom()));
        }
        if (filter.openedTo() != null) {
            conditions.add("c.raised_at < :openedBefore");
            parameters.addValue("openedBefore", startOf(filter.openedTo().plusDays(1)));
        }
        if (filter.status() != null) {
            conditions.add(switch (filter.status()) {
                case OPEN -> "c.stage <> 'CLOSED'";
                case PAUSED -> "c.paused_since is not null";
                case CLOSED -> "c.stage = 'CLOSED'";
            });
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * Each word searched for must start a word of the name: the practitioners with such a word are
     * a range of the words' primary key, from the word to the next word that does not start with it.
     * A word that starts few names gives the cases of just those practitioners; for a page, one that
     * starts many is checked for each case as the page is read (see {@link #FEW_NAMES}).
     */
    private void nameConditions(List<String> words, List<String> conditions, MapSqlParameterSource parameters,
            boolean forAPage) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String after = after(word);
            String range = "w.word >= :from" + i + (after == null ? "" : " and w.word < :to" + i);
            parameters.addValue("from" + i, word);
            if (after != null) {
                parameters.addValue("to" + i, after);
            }
            conditions.add(!forAPage || startsFewNames(range, parameters)
                    ? "c.practitioner_id in (select w.practitioner_id from practitioner_name_word w where " + range + ")"
                    : "exists (select 1 from practitioner_name_word w where w.practitioner_id = c.practitioner_id and "
                            + range + ")");
        }
    }

    private boolean startsFewNames(String range, MapSqlParameterSource parameters) {
        Integer names = jdbc.queryForObject("select count(*) from (select 1 from practitioner_name_word w where "
                + range + " limit " + (fewNames + 1) + ") names", parameters, Integer.class);
        return names != null && names <= fewNames;
    }

    /**
     * The first word that no longer starts with the prefix: its last character moved one on ("ang"
     * to "anh", "az" to "b"); none when it is all z's. Letters and digits only, so the bound holds in
     * a database's own collation, not only in a byte-wise one.
     */
    static String after(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (!bound.isEmpty()) {
            int last = bound.length() - 1;
            int at = ALPHABET.indexOf(bound.charAt(last));
            if (at >= 0 && at + 1 < ALPHABET.length()) {
                bound.setCharAt(last, ALPHABET.charAt(at + 1));
                return bound.toString();
            }
            bound.setLength(last);
        }
        return null;
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(PathwayClock.UK).toInstant());
    }

    private static RegisterRow row(ResultSet row) throws SQLException {
        String band = row.getString("risk_band");
        java.sql.Date closed = row.getDate("closed_on");
        return new RegisterRow(row.getString("business_key"), row.getString("name"),
                Register.valueOf(row.getString("register")), row.getString("register_number"),
                Profession.valueOf(row.getString("profession")), Stage.valueOf(row.getString("stage")),
                band == null ? null : RiskBand.valueOf(band),
                row.getTimestamp("raised_at").toInstant().atZone(PathwayClock.UK).toLocalDate(),
                closed == null ? null : closed.toLocalDate(), row.getTimestamp("paused_since") != null,
                row.getString("case_manager"));
    }
}
