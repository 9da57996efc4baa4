package org.lotuspathway.speakup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.speak-up.*}: how many reports, and how many follow-up attempts, one client may make
 * in an hour.
 */
@ConfigurationProperties("lotus.speak-up")
record SpeakUpSettings(@DefaultValue("5") int reportsPerHour, @DefaultValue("20") int followUpsPerHour) {

    SpeakUpSettings {
        if (reportsPerHour < 1 || followUpsPerHour < 1) {
            throw new IllegalArgumentException("lotus.speak-up limits must be 1 or more");
        }
    }
}
