package org.lotuspathway.wellbeing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSummaryPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers' wellbeing flags: whether the practitioner needed support or gave urgent concern, and
 * whether the case is paused. Never the check-ins' notes or support plans: the panel needs to know
 * to be careful, not the practitioner's health.
 */
@Component
class WellbeingSummaryPart implements CaseSummaryPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Concerns concerns;
    private final CheckInRepository checkIns;

    WellbeingSummaryPart(Concerns concerns, CheckInRepository checkIns) {
        this.concerns = concerns;
        this.checkIns = checkIns;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summarise(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<CheckIn> done = checkIns.findByConcernOrderByRecordedAtAsc(concern);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Check-ins", done.isEmpty() ? "None yet"
                : done.size() + ", the latest on " + done.get(done.size() - 1).checkedInOn().format(DAY) + ": "
                        + done.get(done.size() - 1).outcome().label()));
        long needingSupport = done.stream().filter(c -> c.outcome() != CheckInOutcome.WELL).count();
        if (needingSupport > 0) {
            lines.add(new Line("Flag", "The practitioner needed support at " + needingSupport + " check-in"
                    + (needingSupport == 1 ? "" : "s") + (done.stream().anyMatch(c -> c.outcome() == CheckInOutcome.URGENT_CONCERN)
                            ? ", with an urgent concern for their wellbeing" : "") + ". Ask the wellbeing contact before deciding."));
        }
        if (concern.isPaused()) {
            lines.add(new Line("Flag", "The case is paused while the practitioner gets support."));
        }
        return Optional.of(new Summary("Wellbeing (flags only)", lines));
    }
}
