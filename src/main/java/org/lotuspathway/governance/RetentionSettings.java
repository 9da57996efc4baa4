package org.lotuspathway.governance;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.retention.*}: how long closed cases are kept before their personal data is erased
 * (years from closure; the organisation sets it from its own records policy), how many are erased
 * in each batch (each case in its own transaction), and how long the audit log keeps its entries
 * (years from when each was recorded; absent or blank keeps them for ever, the default), and how
 * long an email is kept once sent or given up on (days; the outbox is not an archive).
 */
@ConfigurationProperties("lotus.retention")
public record RetentionSettings(@DefaultValue("6") int closedCasesYears, @DefaultValue("20") int batchSize,
        Integer auditLogYears, @DefaultValue("30") int sentEmailsDays) {

    public RetentionSettings {
        if (closedCasesYears < 1) {
            throw new IllegalArgumentException("lotus.retention.closed-cases-years must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("lotus.retention.batch-size must be at least 1");
        }
        if (sentEmailsDays < 1) {
            throw new IllegalArgumentException("lotus.retention.sent-emails-days must be at least 1");
        }
        if (auditLogYears != null && auditLogYears < 1) {
            throw new IllegalArgumentException(
                    "lotus.retention.audit-log-years must be at least 1, or left out to keep the audit log for ever");
        }
    }

    /** The rule an erasure is recorded under, in the audit log. */
    String rule() {
        return "closed cases kept " + closedCasesYears + " years from closure (lotus.retention.closed-cases-years)";
    }

    /** The rule a closed speak-up report is erased under, in the audit log. */
    String speakUpRule() {
        return "speak-up reports closed at screening kept " + closedCasesYears
                + " years from screening (lotus.retention.closed-cases-years)";
    }

    /** How many years the audit log keeps an entry; empty: for ever. */
    public Optional<Integer> auditLogKept() {
        return Optional.ofNullable(auditLogYears);
    }

    /** The audit log's rule in a sentence, for the retention page. */
    String auditLogRule() {
        return auditLogKept().map(years -> "Audit entries are deleted " + years + (years == 1 ? " year" : " years")
                        + " after they were recorded.")
                .orElse("The audit log is kept for ever.");
    }
}
