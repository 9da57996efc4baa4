package org.lotuspathway.speakup;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * On the case page of a concern that came through speak up: the route, and the raiser only when
 * they chose to be open. A confidential raiser is "a confidential raiser" here, whoever reads the
 * case; their name stays on the report, which only those who screen see.
 */
@Component
class SpeakUpCaseSection implements CaseSection {

    private final SpeakUpReports reports;

    SpeakUpCaseSection(SpeakUpReports reports) {
        this.reports = reports;
    }

    /** What the case page may show: nothing identifying unless the route is open. */
    record Raised(String reference, SpeakUpRoute route, Optional<String> raiserName, Optional<String> raiserEmail,
            Optional<String> raiserPhone, Optional<String> raiserRole) {

        static Raised of(SpeakUpReport report) {
            boolean open = report.route() == SpeakUpRoute.OPEN;
            return new Raised(report.reference(), report.route(),
                    open ? report.raiserName() : Optional.empty(), open ? report.raiserEmail() : Optional.empty(),
                    open ? report.raiserPhone() : Optional.empty(), open ? report.raiserRole() : Optional.empty());
        }

        public String who() {
            return switch (route) {
                case OPEN -> raiserName.orElse("Named raiser");
                case CONFIDENTIAL -> "A confidential raiser";
                case ANONYMOUS -> "An anonymous raiser";
            };
        }
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public String template() {
        return "speakup/case-section";
    }

    @Override
    public Part read(String businessKey) {
        return reports.ofCase(businessKey).map(report -> new Part(Raised.of(report), List.<TimelineEntry>of()))
                .orElseGet(() -> new Part(null, List.of()));
    }
}
