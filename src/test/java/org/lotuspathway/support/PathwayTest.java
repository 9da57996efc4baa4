package org.lotuspathway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lotuspathway.modeler.PathwayVersions;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2 database, with the job executor off so that tests fire
 * timers themselves by moving the engine clock, mail to an SMTP server on {@link #SMTP_PORT}, and
 * MockMvc for page tests. One shared context for every test that uses it: a test that needs a
 * helper bean gets it here, not by importing it itself, which would start a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:lotus-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        // Mail goes to GreenMail, a real SMTP server that mail tests start on this port; tests send
        // the outbox themselves (OutboxSender.sendDue) instead of waiting for the scheduled sender.
        "spring.mail.host=localhost",
        "spring.mail.port=${lotus.test.smtp-port:3025}",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "lotus.mail.send-on-schedule=false",
        // Tests start check reminders themselves (CheckReminders.remind), at the instants they choose.
        "lotus.register.reminders.cron=-",
        // Tests erase closed cases themselves (Erasures.eraseDue), with the clock they set.
        "lotus.retention.cron=-",
        // Letters are printed as each sending commits; tests run the round for failed prints themselves
        // (LetterPrinting.printWaiting), with the clock they set.
        "lotus.letters.print-cron=-",
        // Tests produce subject access exports themselves (ExportWorker.produceDue).
        "lotus.subject-access.cron=-",
        // Tests raise the cases they need; the demo practitioners start with none (DemoCasesTests has them).
        "lotus.demo-data.records=false",
        // Health should not depend on whether a mail test's SMTP server happens to be running.
        "management.health.mail.enabled=false"})
@AutoConfigureMockMvc
@Import({PathwayDriver.class, PathwayVersions.class})
public @interface PathwayTest {

    /**
     * GreenMail's usual SMTP test port, or another given as -Dlotus.test.smtp-port, so that two
     * checkouts can run their mail tests at the same time.
     */
    int SMTP_PORT = Integer.getInteger("lotus.test.smtp-port", 3025);
}
