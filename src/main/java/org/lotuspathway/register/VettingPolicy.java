package org.lotuspathway.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a practitioner's DBS check is next due, by the organisation's own policy (no national
 * re-check period exists): a new check every {@code lotus.register.vetting.recheck-every}
 * (three years by default), or, for a certificate on the DBS Update Service, a status check
 * every {@code lotus.register.vetting.update-service-check-every} (a year) from the last one.
 */
@Component
public class VettingPolicy {

    private final Period recheckEvery;
    private final Period updateServiceCheckEvery;

    VettingPolicy(@Value("${lotus.register.vetting.recheck-every:P3Y}") Period recheckEvery,
            @Value("${lotus.register.vetting.update-service-check-every:P1Y}") Period updateServiceCheckEvery) {
        this.recheckEvery = recheckEvery;
        this.updateServiceCheckEvery = updateServiceCheckEvery;
    }

    public Optional<LocalDate> nextCheckDue(Vetting vetting) {
        if (vetting == null || vetting.issuedOn() == null) {
            return Optional.empty();
        }
        if (vetting.onUpdateService()) {
            LocalDate lastChecked = vetting.updateServiceCheckedOn() != null ? vetting.updateServiceCheckedOn()
                    : vetting.issuedOn();
            return Optional.of(lastChecked.plus(updateServiceCheckEvery));
        }
        return Optional.of(vetting.issuedOn().plus(recheckEvery));
    }

    /** A check issued before this day, off the Update Service, is overdue today. */
    LocalDate overdueIfIssuedBefore(LocalDate today) {
        return today.minus(recheckEvery);
    }

    /** A certificate on the Update Service last looked at before this day is overdue a status check today. */
    LocalDate overdueIfStatusCheckedBefore(LocalDate today) {
        return today.minus(updateServiceCheckEvery);
    }
}
