package org.lotuspathway.benchmark;

import java.util.Date;

import org.lotuspathway.process.engine.EngineClock;
import org.lotuspathway.process.BankHolidays;
import org.lotuspathway.process.Deadlines;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.WorkingCalendar;

/** wellbeing/CheckInSchedule with its defaults, for the bare engine's expressions (public for them). */
public final class CheckInEvery14Days {

    private final Deadlines deadlines = new Deadlines(new EngineClock(), WorkingCalendar.of(BankHolidays.ENGLAND_AND_WALES));

    public String getCycle() {
        return "R/P14D";
    }

    public Date dueDate() {
        return deadlines.workingDays(2);
    }
}
