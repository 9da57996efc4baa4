package org.lotuspathway.speakup;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.common.Years;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.PathwayInstances;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives reports from anyone: checks one, keeps it with exactly what its route allows, and
 * starts its screening, together or not at all. Nothing about the request itself (address,
 * browser) is passed in, so nothing of it can be kept.
 */
@Service
public class SpeakUpIntake {

    private final SpeakUpReportRepository reports;
    private final AccessCodes codes;
    private final PathwayInstances instances;
    private final RaiserEmails emails;
    private final Validator validator;
    private final PathwayClock clock;
    private final JdbcTemplate jdbc;
    private final String nextNumberSql;

    SpeakUpIntake(SpeakUpReportRepository reports, AccessCodes codes, PathwayInstances instances, RaiserEmails emails,
            Validator validator, PathwayClock clock, JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.reports = reports;
        this.codes = codes;
        this.instances = instances;
        this.emails = emails;
        this.validator = validator;
        this.clock = clock;
        this.jdbc = jdbc;
        this.nextNumberSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("speak_up_number_seq");
    }

    /** What the raiser is told: the report's reference, and the access code on the anonymous route (shown once). */
    public record Received(String reference, String accessCode, SpeakUpRoute route, boolean urgent) {
    }

    @Transactional
    public Received raise(NewReport report) {
        Map<String, String> problems = problems(report);
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        String code = report.route() == SpeakUpRoute.ANONYMOUS ? codes.next() : null;
        String reference = "SU-%d-%05d".formatted(clock.today().getYear(), jdbc.queryForObject(nextNumberSql, Long.class));
        SpeakUpReport saved = reports.save(new SpeakUpReport(reference, report,
                code == null ? null : AccessCodes.hash(code), clock.now()));
        instances.start(ScreeningProcess.ID, reference, Map.of(ScreeningProcess.VAR_URGENT, saved.patientsAtRiskNow()));
        emails.acknowledge(saved);
        return new Received(reference, code, saved.route(), saved.patientsAtRiskNow());
    }

    /** Problems keyed by field ("about.name", "raiser.email"); empty when the report can be kept. */
    Map<String, String> problems(NewReport report) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<NewReport> violation : validator.validate(report)) {
            String field = violation.getPropertyPath().toString();
            // an anonymous raiser's fields are refused whatever is in them, below
            if (!(report.route() == SpeakUpRoute.ANONYMOUS && field.startsWith("raiser"))) {
                problems.putIfAbsent(field, violation.getMessage());
            }
        }
        if (report.route() == SpeakUpRoute.ANONYMOUS && report.raiser() != null && !report.raiser().isEmpty()) {
            problems.putIfAbsent("raiser", "You chose to stay anonymous, so leave your name and contact details out, "
                    + "or choose open or confidential");
        }
        if (report.route() != null && report.route().keepsIdentity()) {
            if (report.raiser() == null || report.raiser().name() == null || report.raiser().name().isBlank()) {
                problems.putIfAbsent("raiser.name", "Enter your name, or choose to stay anonymous");
            } else if (blank(report.raiser().email()) && blank(report.raiser().phone())) {
                problems.putIfAbsent("raiser.email", "Enter an email address or a phone number, so we can reach you");
            }
        }
        if (HiddenCharacters.in(report.whatHappened())) {
            // the concern's summary is made from it, and refuses them: screening could never accept it
            problems.putIfAbsent("whatHappened", HiddenCharacters.problem("What happened"));
        }
        NewReport.About about = report.about();
        if (about != null && about.register() != null && !blank(about.registerNumber())
                && !about.register().accepts(about.registerNumber())) {
            problems.putIfAbsent("about.registerNumber", about.register().numberHint());
        }
        if (HiddenCharacters.nothingVisible(report.whatHappened())) {
            problems.putIfAbsent("whatHappened", "Tell us what happened");
        }
        if (report.about() != null && HiddenCharacters.nothingVisible(report.about().name())) {
            problems.putIfAbsent("about.name", "Enter the name of the person the concern is about");
        }
        if (report.about() != null && HiddenCharacters.nothingVisible(report.about().workplace())) {
            problems.putIfAbsent("about.workplace", "Enter where the person works");
        }
        if (report.route() != null && report.route().keepsIdentity() && report.raiser() != null
                && HiddenCharacters.nothingVisible(report.raiser().name())) {
            problems.putIfAbsent("raiser.name", "Enter your name, or choose to stay anonymous");
        }
        if (report.happenedOn() != null && !Years.within(report.happenedOn())) {
            problems.putIfAbsent("happenedOn", Years.ASK);
        } else if (report.happenedOn() != null && report.happenedOn().isAfter(clock.today())) {
            problems.putIfAbsent("happenedOn", "The date it happened cannot be in the future");
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
