package org.lotuspathway.wellbeing;

import java.time.Period;
import java.util.Date;

import org.lotuspathway.process.Deadlines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the named contact checks in, and how long a check-in may wait before it counts as
 * missed. Our design default: every 14 days while the case is open, done within 2 working days.
 */
@Component("checkInSchedule")
public class CheckInSchedule {

    private final Period every;
    private final int withinWorkingDays;
    private final Deadlines deadlines;

    CheckInSchedule(@Value("${lotus.wellbeing.check-in-every:P14D}") Period every,
            @Value("${lotus.wellbeing.check-in-within-working-days:2}") int withinWorkingDays, Deadlines deadlines) {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("lotus.wellbeing.check-in-every must be a positive period, like P14D");
        }
        this.every = every;
        this.withinWorkingDays = withinWorkingDays;
        this.deadlines = deadlines;
    }

    /** The timer cycle of the regular check-ins: repeats for as long as the case is open. */
    public String getCycle() {
        return "R/" + every;
    }

    /** When a check-in started now counts as missed. */
    public Date dueDate() {
        return deadlines.workingDays(withinWorkingDays);
    }
}
