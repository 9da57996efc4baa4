package org.lotuspathway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The audit log's search, on the real database its migrations make (H2 here): by case, by person and
 * by UK day, newest first, paged. A slice: the repository and the schema, nothing else.
 */
@DataJpaTest
class AuditEventSearchTests {

    @Autowired
    AuditEventRepository events;

    @BeforeEach
    void aFewLinesAroundMidnight() {
        // 23:30 GMT on 30 June is already 00:30 on 1 July in the UK (BST): the filter thinks in UK days.
        events.save(new AuditEvent(java.time.Instant.parse("2026-06-30T23:30:00Z"), "casemanager",
                AuditAction.VIEWED_CASE, "PSC-2026-00001", "detail"));
        record("2026-07-01T09:00", "ro", AuditAction.VIEWED_TASK, "PSC-2026-00001");
        record("2026-07-01T10:00", "casemanager", AuditAction.VIEWED_CASE, "PSC-2026-00002");
        record("2026-07-02T10:00", "casemanager", AuditAction.REFUSED, "psc-2026-00001");
    }

    @Test
    void aCasesLinesAreFoundWhateverTheCaseOfItsReferenceNewestFirst() {
        Page<AuditEvent> found = events.search(new AuditFilter("PSC-2026-00001", null, null, null, 0), PageRequest.of(0, 50));

        assertThat(found.getTotalElements()).isEqualTo(3);
        assertThat(found.getContent()).extracting(AuditEvent::actor).containsExactly("casemanager", "ro", "casemanager");
        assertThat(found.getContent().get(0).occurredAt()).isEqualTo(TestClock.uk("2026-07-02T10:00"));
    }

    @Test
    void aPersonsLinesOnOneUkDay() {
        Page<AuditEvent> found = events.search(new AuditFilter(null, "casemanager", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 1), 0), PageRequest.of(0, 50));

        assertThat(found.getContent()).extracting(AuditEvent::businessKey)
                .containsExactly(java.util.Optional.of("PSC-2026-00002"), java.util.Optional.of("PSC-2026-00001"));
    }

    @Test
    void aPagePastTheEndIsEmptyButCountsEverything() {
        Page<AuditEvent> found = events.search(AuditFilter.everything(), PageRequest.of(3, 2));

        assertThat(found.getContent()).isEmpty();
        assertThat(found.getTotalElements()).isEqualTo(4);
    }

    private void record(String ukTime, String actor, AuditAction action, String businessKey) {
        events.save(new AuditEvent(TestClock.uk(ukTime), actor, action, businessKey, "detail"));
    }
}
