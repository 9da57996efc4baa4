package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Letters are printed once their sending is committed: the sending does not wait for the print, a
 * print that fails is tried again later without touching the sending, and a letter not yet printed
 * is printed when it is downloaded.
 */
@PathwayTest
class LetterPrintingTests {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-02T09:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    LetterPrinting printing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSentLetterIsPrintedAndKeptWithoutAnyoneAskingAndNothingIsLeftWaiting() {
        PractitionerUpdate sent = sentLetter();
        printing.awaitPrinter();

        byte[] kept = updates.findById(sent.id()).orElseThrow().printed().orElseThrow();
        assertThat(Pdfs.text(kept)).contains("Dear Dr Example");
        assertThat(waiting(sent.id())).isEmpty();
    }

    @Test
    void aPrintThatFailsIsTriedAgainLaterWaitingLongerEachTimeAndTheLetterIsStillThere() throws Exception {
        TestClock.stopAt(MONDAY_MORNING);
        PractitionerUpdate sent = sentLetter();
        printing.awaitPrinter();
        String letter = updates.findById(sent.id()).orElseThrow().letter();
        // a letter the printer cannot read, as if the PDF renderer failed on it
        jdbc.update("update practitioner_update set pdf = null, letter = ? where id = ?", "<p>Dear Dr Example", sent.id());
        jdbc.update("insert into letter_print (update_id, queued_at, attempts, next_attempt_at) values (?, ?, 0, ?)",
                sent.id(), MONDAY_MORNING.atOffset(ZoneOffset.UTC), MONDAY_MORNING.atOffset(ZoneOffset.UTC));

        assertThat(printing.printWaiting()).isZero();
        Map<String, Object> first = waiting(sent.id()).orElseThrow();
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat(nextAttempt(sent.id())).isEqualTo(MONDAY_MORNING.plus(Duration.ofMinutes(1)));
        assertThat((String) first.get("last_error")).contains("not well-formed");

        TestClock.stopAt(MONDAY_MORNING.plus(Duration.ofMinutes(1)));
        assertThat(printing.printWaiting()).isZero();
        assertThat(waiting(sent.id()).orElseThrow().get("attempts")).isEqualTo(2);
        assertThat(nextAttempt(sent.id())).as("twice as long after the second failure")
                .isEqualTo(MONDAY_MORNING.plus(Duration.ofMinutes(3)));

        jdbc.update("update practitioner_update set letter = ? where id = ?", letter, sent.id());
        TestClock.stopAt(MONDAY_MORNING.plus(Duration.ofMinutes(2)));
        assertThat(printing.printWaiting()).as("not due yet").isZero();
        byte[] downloaded = mvc.perform(get("/portal/letters/{id}/letter.pdf", sent.id()).with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(downloaded)).as("printed when downloaded meanwhile").contains("Dear Dr Example");

        TestClock.stopAt(MONDAY_MORNING.plus(Duration.ofMinutes(3)));
        assertThat(printing.printWaiting()).isEqualTo(1);
        assertThat(waiting(sent.id())).isEmpty();
        assertThat(Pdfs.text(updates.findById(sent.id()).orElseThrow().printed().orElseThrow()))
                .contains("Dear Dr Example");
    }

    @Test
    void aLetterWhoseWordsWereErasedIsNotPrintedAndNoLongerWaits() {
        PractitionerUpdate sent = sentLetter();
        printing.awaitPrinter();
        jdbc.update("update practitioner_update set pdf = null, letter = null where id = ?", sent.id());
        jdbc.update("insert into letter_print (update_id, queued_at, attempts, next_attempt_at) values (?, ?, 0, ?)",
                sent.id(), Instant.EPOCH.atOffset(ZoneOffset.UTC), Instant.EPOCH.atOffset(ZoneOffset.UTC));

        assertThat(printing.printWaiting()).isZero();

        assertThat(waiting(sent.id())).isEmpty();
        assertThat(updates.findById(sent.id()).orElseThrow().printed()).isEmpty();
    }

    @Test
    void theWaitGrowsFromAMinuteAndStopsGrowingAtADay() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 40)).extracting(LetterPrinting.RETRIES::waitAfter).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(1024), Duration.ofDays(1), Duration.ofDays(1));
    }

    private PractitionerUpdate sentLetter() {
        String key = driver.raiseAndSendAnUpdate(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        return updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0);
    }

    private Instant nextAttempt(long updateId) {
        return jdbc.queryForObject("select next_attempt_at from letter_print where update_id = ?", OffsetDateTime.class,
                updateId).toInstant();
    }

    private Optional<Map<String, Object>> waiting(long updateId) {
        return jdbc.queryForList("select attempts, next_attempt_at, last_error from letter_print where update_id = ?",
                updateId).stream().findFirst();
    }
}
