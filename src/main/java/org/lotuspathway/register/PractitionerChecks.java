package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.Register;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checks each practitioner needs and when each falls due: revalidation for doctors, the
 * yearly renewal or retention for dentists and optometrists, and a DBS check for everyone. A check
 * is due soon within {@code lotus.register.reminders.days-before} days (60 by default).
 */
@Component
public class PractitionerChecks {

    private final VettingPolicy vetting;
    private final int daysBefore;

    PractitionerChecks(VettingPolicy vetting, @Value("${lotus.register.reminders.days-before:60}") int daysBefore) {
        this.vetting = vetting;
        this.daysBefore = daysBefore;
    }

    public List<DueCheck> of(Practitioner practitioner, Optional<PractitionerRecord> record, LocalDate today) {
        Optional<Registration> registration = record.flatMap(PractitionerRecord::registration);
        List<DueCheck> checks = new ArrayList<>();
        if (practitioner.register() == Register.GMC) {
            checks.add(check(CheckKind.REVALIDATION, registration.map(Registration::revalidationDue).orElse(null), today));
        } else {
            checks.add(check(CheckKind.RENEWAL, registration.map(Registration::renewalDue).orElse(null), today));
        }
        checks.add(check(CheckKind.VETTING, nextVettingDue(record.flatMap(PractitionerRecord::vetting)).orElse(null),
                today));
        return checks;
    }

    public Optional<LocalDate> nextVettingDue(Optional<Vetting> recorded) {
        return recorded.flatMap(vetting::nextCheckDue);
    }

    /** The last day a check may fall due on and still be reminded of today. */
    public LocalDate horizon(LocalDate today) {
        return today.plusDays(daysBefore);
    }

    private DueCheck check(CheckKind kind, LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return new DueCheck(kind, null, DueCheck.State.MISSING);
        }
        if (dueOn.isBefore(today)) {
            return new DueCheck(kind, dueOn, DueCheck.State.OVERDUE);
        }
        return new DueCheck(kind, dueOn, dueOn.isAfter(horizon(today)) ? DueCheck.State.IN_DATE : DueCheck.State.DUE_SOON);
    }
}
