package org.lotuspathway.concern;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lotuspathway.process.CaseSummaryPart;
import org.lotuspathway.process.ConcernPathway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The papers' summary of the concern itself, and the investigation's findings as its form asked for them. */
@Component
class ConcernSummaryPart implements CaseSummaryPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Concerns concerns;
    private final StepAnswersRepository steps;
    private final AnsweredSteps answered;

    ConcernSummaryPart(Concerns concerns, StepAnswersRepository steps, AnsweredSteps answered) {
        this.concerns = concerns;
        this.steps = steps;
        this.answered = answered;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summarise(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Practitioner", concern.practitioner().name() + ", " + concern.practitioner().profession().label()
                + ", " + concern.practitioner().registration()));
        lines.add(new Line("Received", concern.receivedOn().format(DAY) + ", from: " + concern.source().label()));
        lines.add(new Line("About", String.join(", ", concern.areas().stream().map(ConcernArea::label).toList())));
        lines.add(new Line("The concern", concern.summary()));
        steps.findByConcernOrderByRecordedAtAsc(concern).stream()
                .filter(step -> ConcernPathway.TASK_GATHER_INFORMATION.equals(step.stepKey()))
                .forEach(step -> answered.answersOf(step).forEach(answer -> lines.add(new Line(
                        "Investigation: " + answer.question(), answer.shown()))));
        return Optional.of(new Summary("The concern", lines));
    }
}
