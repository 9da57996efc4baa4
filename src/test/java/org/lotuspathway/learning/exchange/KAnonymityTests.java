package org.lotuspathway.learning.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Whatever is released is shared, exactly as written, by at least k entries of the bundle. */
class KAnonymityTests {

    static KAnonymity.Candidate gp(String month, String... areas) {
        return new KAnonymity.Candidate("GP", List.of(areas), "LOCAL_RESOLUTION", "NO_PANEL", YearMonth.parse(month));
    }

    @Test
    void entriesCommonEnoughKeepTheirMonth() {
        List<KAnonymity.Verdict> verdicts = KAnonymity.check(Collections.nCopies(5, gp("2026-03", "CLINICAL")), 5);
        assertThat(verdicts).allSatisfy(verdict -> {
            assertThat(verdict.released()).isTrue();
            assertThat(verdict.period().text()).isEqualTo("2026-03");
            assertThat(verdict.reason()).isNull();
        });
    }

    @Test
    void rarerMonthsBecomeTheirQuarterWhereThatIsEnough() {
        List<KAnonymity.Candidate> candidates = new ArrayList<>(Collections.nCopies(5, gp("2026-03", "CLINICAL")));
        candidates.addAll(Collections.nCopies(3, gp("2026-02", "CLINICAL")));
        candidates.addAll(Collections.nCopies(2, gp("2026-01", "CLINICAL")));
        List<KAnonymity.Verdict> verdicts = KAnonymity.check(candidates, 5);
        assertThat(verdicts.subList(0, 5)).extracting(v -> v.period().text()).containsOnly("2026-03");
        assertThat(verdicts.subList(5, 10)).extracting(v -> v.period().text()).containsOnly("2026-Q1");
        assertThat(verdicts.subList(5, 10)).allSatisfy(v -> assertThat(v.reason()).contains("quarter"));
        assertThat(verdicts).allMatch(KAnonymity.Verdict::released);
    }

    @Test
    void severalConcernAreasBecomeMoreThanOneAfterTheYear() {
        List<KAnonymity.Candidate> candidates = new ArrayList<>(Collections.nCopies(3, gp("2026-03", "CLINICAL", "CONDUCT")));
        candidates.addAll(Collections.nCopies(2, gp("2026-09", "PROBITY", "HEALTH")));
        List<KAnonymity.Verdict> verdicts = KAnonymity.check(candidates, 5);
        assertThat(verdicts).allSatisfy(verdict -> {
            assertThat(verdict.released()).isTrue();
            assertThat(verdict.period().text()).isEqualTo("2026");
            assertThat(verdict.areas()).containsExactly(ExchangeBundle.MORE_THAN_ONE);
        });
    }

    @Test
    void anEntryUniqueEvenByYearIsHeldBackAndTheRestStayAsTheyWere() {
        List<KAnonymity.Candidate> candidates = new ArrayList<>(Collections.nCopies(6, gp("2026-03", "CLINICAL")));
        candidates.add(new KAnonymity.Candidate("DENTIST", List.of("CLINICAL"), "LOCAL_RESOLUTION", "NO_PANEL",
                YearMonth.parse("2026-03")));
        List<KAnonymity.Verdict> verdicts = KAnonymity.check(candidates, 5);
        assertThat(verdicts.subList(0, 6)).allMatch(v -> v.released() && v.period().text().equals("2026-03"));
        assertThat(verdicts.get(6).released()).isFalse();
        assertThat(verdicts.get(6).reason()).startsWith("Fewer than 5 entries");
    }

    @Test
    void periodsReadBackAsTheyWereWritten() {
        assertThat(Period.parse("2026-Q4").starts()).isEqualTo("2026-10-01");
        assertThat(Period.parse("2026-Q4").ends()).isEqualTo("2026-12-31");
        assertThat(Period.parse("2026").ends()).isEqualTo("2026-12-31");
        assertThat(Period.parse("2026-02").ends()).isEqualTo("2026-02-28");
    }
}
