package org.lotuspathway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@link PathwayTest}, but the application runs in its {@code postgres} profile on a real
 * PostgreSQL ({@link PostgresServer}), configured the way an operator would: the database and the
 * administrator from LOTUS_* settings. Staff users with the password {@code demo} are added, since
 * that profile has no demo users. One shared context, on one database, for every test that uses it:
 * give each test class only this annotation, so that they all share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        // Camunda's webapps keep their engine in static fields: a second context serving them
        // would take them over from the shared test context, whose webapp tests then fail.
        "camunda.bpm.webapp.enabled=false",
        // likewise the static engine registry, where /engine-rest finds the engine named "default"
        "camunda.bpm.process-engine-name=postgres",
        "spring.mail.host=localhost",
        "spring.mail.port=${lotus.test.smtp-port:3025}",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "lotus.mail.send-on-schedule=false",
        // Tests start check reminders themselves (CheckReminders.remind), at the instants they choose.
        "lotus.register.reminders.cron=-",
        "management.health.mail.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresSettings.class)
@AutoConfigureMockMvc
@Import({PathwayDriver.class, TestStaff.class})
public @interface PostgresPathwayTest {
}
