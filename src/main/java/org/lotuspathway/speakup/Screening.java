package org.lotuspathway.speakup;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.PractitionerMismatch;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What screening a report decides, recorded when its task completes ({@link RecordScreening}):
 * accept it into the pathway (the practitioner found by register and number, or recorded new, as
 * at any intake), ask the raiser a question, or close it with a message the raiser reads.
 */
@Service
public class Screening {

    private static final Map<String, String> FIELD_OF_PROPERTY = Map.of(
            "practitioner.name", "practitionerName", "practitioner.profession", "profession",
            "practitioner.register", "register", "practitioner.registerNumber", "registerNumber",
            "concernAreas", "concernAreas", "source", "source", "summary", "decision");

    private final SpeakUpReports reports;
    private final SpeakUpMessageRepository messages;
    private final ConcernIntake intake;
    private final RaiserEmails emails;
    private final Validator validator;
    private final PathwayClock clock;

    Screening(SpeakUpReports reports, SpeakUpMessageRepository messages, ConcernIntake intake, RaiserEmails emails,
            Validator validator, PathwayClock clock) {
        this.reports = reports;
        this.messages = messages;
        this.intake = intake;
        this.emails = emails;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public ScreeningDecision screen(String reference, Map<String, Object> answers, String actor) {
        SpeakUpReport report = reports.get(reference);
        ScreeningDecision decision = choice(answers, "decision", ScreeningDecision.class,
                "Choose what to do with the report");
        switch (decision) {
            case ACCEPT -> accept(report, answers, actor);
            case ASK -> {
                SpeakUpMessage question = messages.save(SpeakUpMessage.fromTeam(report, actor, clock.now(),
                        text(answers, "question", "Write the question for the person who spoke up")));
                report.askedAQuestion();
                emails.asked(report, question);
            }
            case CLOSE -> {
                String reason = text(answers, "reason",
                        "Write why the report is closed, in words the person who spoke up will read");
                messages.save(SpeakUpMessage.fromTeam(report, actor, clock.now(), reason));
                report.close(actor, clock.now());
                emails.closed(report, reason);
            }
        }
        return decision;
    }

    private void accept(SpeakUpReport report, Map<String, Object> answers, String actor) {
        NewConcern concern = new NewConcern(
                new PractitionerDetails(string(answers, "practitionerName"),
                        choice(answers, "profession", Profession.class, "Choose the practitioner's profession"),
                        choice(answers, "register", Register.class, "Choose the register the practitioner is on"),
                        string(answers, "registerNumber")),
                choice(answers, "source", ConcernSource.class, "Choose where the concern came from"),
                areas(answers.get("concernAreas")), summaryOf(report),
                report.receivedAt().atZone(PathwayClock.UK).toLocalDate(), null,
                Boolean.TRUE.equals(answers.get("confirmExisting")));
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<NewConcern> violation : validator.validate(concern)) {
            String property = violation.getPropertyPath().toString();
            problems.putIfAbsent(FIELD_OF_PROPERTY.getOrDefault(property, "practitionerName"), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        try {
            Concern raised = intake.raise(concern, actor);
            report.accept(raised.businessKey(), actor, clock.now());
            emails.accepted(report);
        } catch (PractitionerMismatch mismatch) {
            throw InvalidSubmission.of("registerNumber", mismatch.onRecord().registration() + " is on record as "
                    + mismatch.onRecord().name() + ", " + mismatch.onRecord().professionLabel() + ". Correct the number, "
                    + "or tick that this is the practitioner on record");
        }
    }

    /** What the concern says on the case: the raiser's words, where and when, and the route (never who raised it). */
    private static String summaryOf(SpeakUpReport report) {
        String where = "\n\nWhere: " + report.aboutWorkplace() + report.happenedOn().map(on -> ". When: " + on).orElse("")
                + ". Raised through speak up (" + report.route().label().toLowerCase(java.util.Locale.UK) + ", "
                + report.reference() + ").";
        String text = report.whatHappened();
        int room = NewReport.MAX_TEXT - where.length();
        return (text.length() > room ? text.substring(0, room - 1) + "\u2026" : text) + where;
    }

    private static Set<ConcernArea> areas(Object chosen) {
        Set<ConcernArea> areas = EnumSet.noneOf(ConcernArea.class);
        if (chosen instanceof Collection<?> values) {
            for (Object value : values) {
                try {
                    areas.add(ConcernArea.valueOf(String.valueOf(value)));
                } catch (IllegalArgumentException notAnArea) {
                    throw InvalidSubmission.of("concernAreas", "Choose areas from the list");
                }
            }
        }
        if (areas.isEmpty()) {
            throw InvalidSubmission.of("concernAreas", "Choose at least one concern area");
        }
        return areas;
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> answers, String key, Class<E> type, String problem) {
        String value = string(answers, key);
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException notAChoice) {
            throw InvalidSubmission.of(key, problem);
        }
    }

    private static String text(Map<String, Object> answers, String key, String problem) {
        String value = string(answers, key);
        if (value == null || value.isBlank()) {
            throw InvalidSubmission.of(key, problem);
        }
        if (value.strip().length() > SpeakUpMessage.MAX_TEXT) {
            throw InvalidSubmission.of(key, "Keep it to " + SpeakUpMessage.MAX_TEXT + " characters or fewer");
        }
        return value.strip();
    }

    private static String string(Map<String, Object> answers, String key) {
        Object value = answers.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
