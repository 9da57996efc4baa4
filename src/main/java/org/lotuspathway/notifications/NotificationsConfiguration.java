package org.lotuspathway.notifications;

import org.lotuspathway.process.PathwayClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Emails are always queued in the outbox; they are sent only when mail is configured
 * ({@code spring.mail.host}), and then by a scheduled sender unless {@code lotus.mail.send-on-schedule}
 * is false. Without mail settings the app runs as before and the outbox page shows what waits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationsConfiguration {

    @Bean
    @Conditional(MailConfigured.class)
    OutboxSender outboxSender(NotificationRepository notifications, JavaMailSender mail, MailSettings settings,
            PathwayClock clock, @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        return new OutboxSender(notifications, mail, settings, clock, baseUrl);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(MailConfigured.class)
    @ConditionalOnProperty(name = "lotus.mail.send-on-schedule", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class ScheduledSending {

        @Bean
        OutboxSchedule outboxSchedule(OutboxSender sender) {
            return new OutboxSchedule(sender);
        }
    }
}
