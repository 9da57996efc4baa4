package org.lotuspathway.speakup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.speak-up.*}: how many reports, and how many follow-up attempts, one client may make
 * in an hour; the smallest count the insights page shows (smaller ones are suppressed, as on the
 * equality page).
 */
@ConfigurationProperties("lotus.speak-up")
record SpeakUpSettings(@DefaultValue("5") int reportsPerHour, @DefaultValue("20") int followUpsPerHour,
        @DefaultValue("5") int smallestCountShown) {

    SpeakUpSettings {
        if (reportsPerHour < 1 || followUpsPerHour < 1 || smallestCountShown < 1) {
            throw new IllegalArgumentException("lotus.speak-up limits must be 1 or more");
        }
    }
}
