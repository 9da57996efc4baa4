package org.lotuspathway.learning;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled work for the daily improvement-action reminders ({@link ActionReminders});
 * {@code lotus.learning.action-reminders.cron: "-"} turns the reminders off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LearningConfiguration {
}
