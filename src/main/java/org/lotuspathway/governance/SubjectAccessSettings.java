package org.lotuspathway.governance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.subject-access.*}: how long a produced export's ZIP is kept for download (then it is
 * deleted; a new one may be asked for), and how long a worker holds an export it is producing before
 * another run may take it over (after a crash).
 */
@ConfigurationProperties("lotus.subject-access")
public record SubjectAccessSettings(@DefaultValue("P30D") Duration keepFor, @DefaultValue("PT10M") Duration lease) {

    public SubjectAccessSettings {
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("lotus.subject-access.keep-for must be longer than nothing");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lotus.subject-access.lease must be longer than nothing");
        }
    }
}
