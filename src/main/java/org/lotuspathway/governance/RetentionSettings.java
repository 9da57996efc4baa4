package org.lotuspathway.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.retention.*}: how long closed cases are kept before their personal data is erased
 * (years from closure; the organisation sets it from its own records policy), how many are erased
 * in each batch (each case in its own transaction).
 */
@ConfigurationProperties("lotus.retention")
public record RetentionSettings(@DefaultValue("6") int closedCasesYears, @DefaultValue("20") int batchSize) {

    public RetentionSettings {
        if (closedCasesYears < 1) {
            throw new IllegalArgumentException("lotus.retention.closed-cases-years must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("lotus.retention.batch-size must be at least 1");
        }
    }

    /** The rule an erasure is recorded under, in the audit log. */
    String rule() {
        return "closed cases kept " + closedCasesYears + " years from closure (lotus.retention.closed-cases-years)";
    }
}
