package org.lotuspathway.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;

/**
 * The register and the practitioner's record as the JSON API gives them. Every field is always
 * there, null when empty, so that integrations can rely on the shape; a certificate number only masked.
 */
final class RegisterJson {

    private RegisterJson() {
    }

    /** {@code total} counts the matching cases so far past the page: with {@code moreThanTotal}, there are more. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Cases(List<Case> cases, int page, long total, boolean moreThanTotal) {

        static Cases of(RegisterPage page) {
            return new Cases(page.rows().stream().map(Case::of).toList(), page.filter().page(), page.total(),
                    page.moreThanTotal());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Case(String businessKey, PractitionerRef practitioner, Stage stage, RiskBand riskBand, LocalDate openedOn,
            LocalDate closedOn) {

        static Case of(RegisterRow row) {
            return new Case(row.businessKey(), new PractitionerRef(row.practitionerName(), row.register(),
                    row.registerNumber()), row.stage(), row.riskBand(), row.openedOn(), row.closedOn());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PractitionerRef(String name, Register register, String registerNumber) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Record(String name, Profession profession, Register register, String registerNumber,
            List<Concern> concerns, Registration registration, PerformersListEntry performersList, VettingStatus vetting,
            List<DueCheck> checks, List<Change> history, ContactDetails contact) {

        static Record of(PractitionerFile file) {
            var p = file.practitioner();
            return new Record(p.name(), p.profession(), p.register(), p.registerNumber(),
                    file.concerns().stream().map(c -> new Concern(c.businessKey(), c.stage(), c.openedOn(),
                            c.closedOn(), c.outcome())).toList(),
                    file.registration().orElse(null), file.performersList().orElse(null),
                    file.vetting().map(v -> VettingStatus.of(v, file.nextVettingDue().orElse(null))).orElse(null),
                    file.checks(), file.history().stream().map(Change::of).toList(), file.contact().orElse(null));
        }

        /** What the practitioner's own record page shows them: no history of who changed what. */
        static Record ownView(PractitionerFile file) {
            Record whole = of(file);
            return new Record(whole.name(), whole.profession(), whole.register(), whole.registerNumber(),
                    whole.concerns(), whole.registration(), whole.performersList(), whole.vetting(), whole.checks(),
                    List.of(), whole.contact());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Concern(String businessKey, Stage stage, LocalDate openedOn, LocalDate closedOn, String outcome) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VettingStatus(DbsLevel level, Workforce workforce, String certificateNumber, LocalDate issuedOn,
            Boolean updateService, LocalDate updateServiceCheckedOn, LocalDate nextCheckDue) {

        static VettingStatus of(Vetting vetting, LocalDate nextCheckDue) {
            return new VettingStatus(vetting.level(), vetting.workforce(), vetting.maskedCertificateNumber(),
                    vetting.issuedOn(), vetting.updateService(), vetting.updateServiceCheckedOn(), nextCheckDue);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Change(RecordPart part, String field, String previousValue, String newValue, String changedBy,
            Instant changedAt) {

        static Change of(StatusChange change) {
            return new Change(change.part(), change.field(), change.previousValue(), change.newValue(),
                    change.changedBy(), change.changedAt());
        }
    }
}
