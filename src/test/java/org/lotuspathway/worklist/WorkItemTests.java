package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.TestClock;

/** A red row on the task list says in words why it is red: overdue, and by how long. */
class WorkItemTests {

    private static final Instant NOW = TestClock.uk("2026-11-18T10:00");

    @Test
    void aTaskPastItsDayIsOverdueByDays() {
        assertThat(dueAt("2026-11-15T17:00").dueWording(NOW)).isEqualTo("Overdue by 3 days");
        assertThat(dueAt("2026-11-17T17:00").dueWording(NOW)).isEqualTo("Overdue by 1 day");
    }

    @Test
    void aTaskDueEarlierTodayIsOverdueByHours() {
        assertThat(dueAt("2026-11-18T07:30").dueWording(NOW)).isEqualTo("Overdue by 2 hours");
        assertThat(dueAt("2026-11-18T09:30").dueWording(NOW)).isEqualTo("Overdue by less than an hour");
    }

    @Test
    void aTaskNotYetDueSaysWhen() {
        assertThat(dueAt("2026-11-18T17:00").dueWording(NOW)).isEqualTo("Due today");
        assertThat(dueAt("2026-11-19T17:00").dueWording(NOW)).isEqualTo("Due tomorrow");
        assertThat(dueAt("2026-11-23T17:00").dueWording(NOW)).isEqualTo("Due in 5 days");
        assertThat(dueAt("2026-11-15T17:00").isOverdue(NOW)).isTrue();
    }

    private static WorkItem dueAt(String ukTime) {
        return new WorkItem("t1", "Triage the concern", "Task_TriageConcern", "PSC-2026-00001", "Dr Ann Example",
                null, null, TestClock.uk(ukTime), null, NOW);
    }
}
