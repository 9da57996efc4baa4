package org.lotuspathway.insights;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

/** The period a page was asked for, or why it could not be had (the page then shows the usual one). */
public record AskedPeriod(Period period, String problem) {

    public static AskedPeriod of(PeriodForm form, BindingResult binding, LocalDate today) {
        if (binding.hasErrors()) {
            return new AskedPeriod(null, "Enter dates like 2026-01-31");
        }
        try {
            return new AskedPeriod(form.period(today), null);
        } catch (IllegalArgumentException e) {
            return new AskedPeriod(null, e.getMessage());
        }
    }

    /** As {@link #of}, for whole calendar quarters only ({@link PeriodForm#quarters}). */
    public static AskedPeriod ofQuarters(PeriodForm form, BindingResult binding, LocalDate today) {
        if (binding.hasErrors()) {
            return new AskedPeriod(null, "Enter dates like 2026-03-31");
        }
        try {
            return new AskedPeriod(form.quarters(today), null);
        } catch (IllegalArgumentException e) {
            return new AskedPeriod(null, e.getMessage());
        }
    }

    public boolean isValid() {
        return period != null;
    }
}
