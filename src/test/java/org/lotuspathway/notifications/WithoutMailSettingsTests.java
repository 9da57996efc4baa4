package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.engine.EngineClock;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;

/**
 * Without SMTP settings the app still runs: emails are queued and wait in the outbox, nothing tries
 * to send them, and the outbox page says so. Shown on the notifications slice alone (its
 * configuration, Boot's mail and scheduling auto-configuration, and a real H2 database with the
 * app's migrations) rather than by booting the whole application a second time.
 */
class WithoutMailSettingsTests {

    static final String NOT_CONFIGURED = "Mail is not configured, so messages wait here until SMTP settings are given.";

    private final ApplicationContextRunner slice = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                    MailSenderAutoConfiguration.class, TaskSchedulingAutoConfiguration.class))
            .withUserConfiguration(OutboxTable.class, NotificationsConfiguration.class, OutboxAdministration.class)
            .withBean(EngineClock.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false");

    @Test
    void withoutAMailHostNothingSendsAndTheOutboxSaysSo() {
        slice.run(context -> {
            assertThat(context).hasNotFailed()
                    .doesNotHaveBean(JavaMailSender.class)
                    .doesNotHaveBean(OutboxSender.class)
                    .doesNotHaveBean(OutboxSchedule.class)
                    .doesNotHaveBean(TaskScheduler.class);
            assertThat(context.getBean(OutboxAdministration.class).mailStatus()).isEqualTo(NOT_CONFIGURED);
            assertThat(context.getBean(OutboxAdministration.class).page(0)).isEmpty();
        });
    }

    @Test
    void withAMailHostItSendsOnASchedule() {
        slice.withPropertyValues("spring.mail.host=smtp.example.nhs.uk", "spring.mail.port=587").run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(JavaMailSender.class)
                    .hasSingleBean(OutboxSender.class)
                    .hasSingleBean(OutboxSchedule.class);
            assertThat(context.getBean(OutboxAdministration.class).mailStatus())
                    .isEqualTo("Sending through smtp.example.nhs.uk:587.");
        });
    }

    @Test
    void theScheduledSenderCanBeTurnedOff() {
        slice.withPropertyValues("spring.mail.host=smtp.example.nhs.uk", "lotus.mail.send-on-schedule=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OutboxSender.class)
                            .doesNotHaveBean(OutboxSchedule.class);
                    assertThat(context.getBean(OutboxAdministration.class).mailStatus())
                            .startsWith("Sending through smtp.example.nhs.uk, but the scheduled sender is off");
                });
    }

    @Test
    void settingsThatCouldNotWorkStopTheAppFromStarting() {
        slice.withPropertyValues("lotus.mail.max-attempts=0").run(context -> assertThat(context).hasFailed());
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Notification.class)
    @EnableJpaRepositories(basePackageClasses = NotificationRepository.class)
    static class OutboxTable {
    }
}
