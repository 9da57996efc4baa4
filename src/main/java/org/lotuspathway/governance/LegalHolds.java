package org.lotuspathway.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a case or a speak-up report under a hold is not erased however old, until the hold
 * is lifted. Placing and lifting are audited with who; why stays on the hold (it may name people),
 * and on the lifted hold until what it held is erased.
 */
@Service
public class LegalHolds {

    static final int MAX_REASON = 2000;
    private static final int MAX_REFERENCE = 20;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]+");

    private final JdbcTemplate jdbc;
    private final PathwayClock clock;
    private final AuditLog audit;

    LegalHolds(JdbcTemplate jdbc, PathwayClock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Holds the case or speak-up report whose reference was {@code typed} (in either case, spaces round
     * it). For a report that became a case, returns that case's reference: the hold keeps the report,
     * and the case needs a hold of its own.
     */
    @Transactional
    public Optional<String> hold(String typed, String reason, String by) {
        String reference = reference(typed);
        Map<String, String> problems = new LinkedHashMap<>();
        String what = null;
        try {
            what = holdable(reference);
            if (held(reference)) {
                problems.put("businessKey", capitalised(what) + " is already held");
            }
        } catch (InvalidSubmission refused) {
            problems.putAll(refused.errors());
        }
        String why = reason == null ? "" : reason.strip();
        if (HiddenCharacters.in(why)) {
            problems.put("reason", HiddenCharacters.problem("The reason"));
        } else if (HiddenCharacters.nothingVisible(why) || why.length() > MAX_REASON) {
            problems.put("reason", "Say why it must be kept, in at most " + MAX_REASON + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        try {
            jdbc.update("insert into legal_hold (business_key, held_by, held_at, reason) values (?, ?, ?, ?)", reference,
                    by, java.sql.Timestamp.from(clock.now()), why);
        } catch (DuplicateKeyException heldMeanwhile) {
            throw InvalidSubmission.of("businessKey", capitalised(what) + " is already held");
        }
        audit.record(by, AuditAction.PLACED_LEGAL_HOLD, reference, null);
        return jdbc.queryForList("select case_key from speak_up_report where reference = ? and case_key is not null",
                String.class, reference).stream().findFirst();
    }

    @Transactional
    public void lift(String typed, String by) {
        String reference = reference(typed);
        requireWellFormed(reference, "Enter the reference of the case or speak-up report whose hold to lift");
        jdbc.update("""
                insert into legal_hold_lifted (business_key, held_by, held_at, reason, lifted_by, lifted_at)
                select business_key, held_by, held_at, reason, ?, ? from legal_hold where business_key = ?""",
                by, java.sql.Timestamp.from(clock.now()), reference);
        if (jdbc.update("delete from legal_hold where business_key = ?", reference) == 0) {
            throw InvalidSubmission.of("businessKey", reference + " has no legal hold");
        }
        audit.record(by, AuditAction.LIFTED_LEGAL_HOLD, reference, null);
    }

    public boolean held(String reference) {
        Integer holds = jdbc.queryForObject("select count(*) from legal_hold where business_key = ?", Integer.class,
                reference);
        return holds != null && holds > 0;
    }

    /** Every hold in place, the oldest first, whenever what it holds falls due. */
    public List<LegalHold> holds() {
        return jdbc.query("select business_key, held_by, held_at, reason from legal_hold order by held_at, business_key",
                (row, n) -> new LegalHold(row.getString("business_key"), row.getString("held_by"),
                        row.getTimestamp("held_at").toInstant(), row.getString("reason")));
    }

    /**
     * What {@code reference} names, as the page says it ("the case PSC-2026-00001", "the speak-up
     * report SU-2026-00001"), when it is there to hold: a case or a speak-up report not yet erased.
     */
    private String holdable(String reference) {
        requireWellFormed(reference, "Enter the reference of the case or speak-up report, like PSC-2026-00001 or "
                + "SU-2026-00001");
        List<Object> caseErased = jdbc.queryForList("select erased_at from concern where business_key = ?", Object.class,
                reference);
        if (!caseErased.isEmpty()) {
            return requireNotErased("the case " + reference, caseErased.get(0) != null);
        }
        List<Object> reportErased = jdbc.queryForList("select erased_at from speak_up_report where reference = ?",
                Object.class, reference);
        if (!reportErased.isEmpty()) {
            return requireNotErased("the speak-up report " + reference, reportErased.get(0) != null);
        }
        throw InvalidSubmission.of("businessKey", "There is no case or speak-up report " + reference);
    }

    /** A reference as typed, without the spaces around it, in capitals as references are written ("psc-2026-00001"). */
    static String reference(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    static boolean wellFormed(String reference) {
        return reference.length() <= MAX_REFERENCE && REFERENCE.matcher(reference).matches();
    }

    /** Refused before it is looked up or shown back: nothing, too long, or more than letters, digits and dashes. */
    private static void requireWellFormed(String reference, String whenMissing) {
        if (reference == null || reference.isBlank()) {
            throw InvalidSubmission.of("businessKey", whenMissing);
        }
        if (reference.length() > MAX_REFERENCE) {
            throw InvalidSubmission.of("businessKey", "There is no case or speak-up report with a reference that long");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw InvalidSubmission.of("businessKey", "A reference is letters, digits and dashes, like PSC-2026-00001");
        }
    }

    private static String requireNotErased(String what, boolean erased) {
        if (erased) {
            throw InvalidSubmission.of("businessKey", capitalised(what) + " has already been erased");
        }
        return what;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
