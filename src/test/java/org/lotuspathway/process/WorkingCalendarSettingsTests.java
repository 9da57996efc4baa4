package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The region and the extra closure days come from the settings an operator writes. */
class WorkingCalendarSettingsTests {

    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(WorkingCalendar.class);

    @Test
    void englandAndWalesWithNoExtraDaysUnlessToldOtherwise() {
        app.run(context -> {
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).as("St Andrew's Day").isTrue();
        });
    }

    @Test
    void aRegionAndOneOffClosureDaysAreTakenFromTheSettings() {
        app.withPropertyValues("lotus.calendar.region=scotland",
                "lotus.calendar.extra-holidays=2026-12-24,2026-12-31").run(context -> {
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).as("St Andrew's Day").isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday, not in Scotland").isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 30))).isTrue();
        });
    }

    @Test
    void anUnknownRegionStopsTheAppFromStarting() {
        app.withPropertyValues("lotus.calendar.region=atlantis").run(context ->
                assertThat(context).hasFailed());
    }
}
