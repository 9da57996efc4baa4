package org.lotuspathway.updates;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;

/** Reads {@code lotus.letters.*} ({@link LetterSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterSettings.class)
class LettersConfiguration {

    @Bean
    TaskAside updateLetterAside(DraftReviews reviews, UpdateDrafts drafts, PractitionerUpdates updates) {
        return new LetterAside(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, reviews, drafts, updates);
    }

    @Bean
    TaskAside closingLetterAside(DraftReviews reviews, UpdateDrafts drafts, PractitionerUpdates updates) {
        return new LetterAside(ConcernPathway.TASK_CLOSE_CASE, reviews, drafts, updates);
    }
}
