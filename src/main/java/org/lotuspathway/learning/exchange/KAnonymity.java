package org.lotuspathway.learning.exchange;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The k-anonymity check over an outgoing bundle's quasi-identifiers: profession, concern areas,
 * route, outcome and the month reviewed (the organisation is the same for every entry of a bundle).
 * An entry whose combination fewer than k entries of the bundle share is generalised one step at a
 * time, month to quarter, quarter to year, then several concern areas to "more than one", and the
 * counting starts again, since its old group may now be too small in turn; an entry still too rare
 * as a year with its areas generalised is held back. What is released is then shared by at least k
 * entries of the bundle, exactly as it is written.
 */
final class KAnonymity {

    /** How far an entry was generalised. */
    enum Level {
        MONTH, QUARTER, YEAR, YEAR_AND_AREAS;

        Level next() {
            return values()[ordinal() + 1];
        }
    }

    record Candidate(String profession, List<String> areas, String route, String outcome, YearMonth month) {
    }

    /** How one candidate leaves: its period and areas as written, or held back ({@code released} false). */
    record Verdict(boolean released, Level level, Period period, List<String> areas, String reason) {
    }

    private KAnonymity() {
    }

    static List<Verdict> check(List<Candidate> candidates, int k) {
        Level[] levels = new Level[candidates.size()];
        java.util.Arrays.fill(levels, Level.MONTH);
        Map<String, Integer> counts;
        boolean changed;
        do {
            counts = counts(candidates, levels);
            changed = false;
            for (int i = 0; i < candidates.size(); i++) {
                if (counts.get(key(candidates.get(i), levels[i])) < k && levels[i] != Level.YEAR_AND_AREAS) {
                    levels[i] = levels[i].next();
                    changed = true;
                }
            }
        } while (changed);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            boolean released = counts.get(key(candidate, levels[i])) >= k;
            verdicts.add(new Verdict(released, levels[i], period(candidate.month(), levels[i]),
                    areas(candidate.areas(), levels[i]), released ? generalised(levels[i], k) : heldBack(k)));
        }
        return verdicts;
    }

    private static Map<String, Integer> counts(List<Candidate> candidates, Level[] levels) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            counts.merge(key(candidates.get(i), levels[i]), 1, Integer::sum);
        }
        return counts;
    }

    private static String key(Candidate candidate, Level level) {
        return String.join("|", candidate.profession(), String.join(",", areas(candidate.areas(), level)),
                candidate.route(), candidate.outcome(), period(candidate.month(), level).text());
    }

    static Period period(YearMonth month, Level level) {
        return switch (level) {
            case MONTH -> Period.month(month);
            case QUARTER -> Period.quarter(month);
            case YEAR, YEAR_AND_AREAS -> Period.year(month);
        };
    }

    private static List<String> areas(List<String> areas, Level level) {
        return level == Level.YEAR_AND_AREAS && areas.size() > 1 ? List.of(ExchangeBundle.MORE_THAN_ONE)
                : areas.stream().sorted().toList();
    }

    private static String generalised(Level level, int k) {
        String why = " so that at least " + k + " entries share its profession, concern areas, route, outcome and date";
        return switch (level) {
            case MONTH -> null;
            case QUARTER -> "Reviewed month shown as its quarter," + why + ".";
            case YEAR -> "Reviewed month shown as its year," + why + ".";
            case YEAR_AND_AREAS -> "Reviewed month shown as its year, and several concern areas as \"more than one\","
                    + why + ".";
        };
    }

    private static String heldBack(int k) {
        return "Fewer than " + k + " entries in the bundle share its profession, concern areas, route and outcome, "
                + "even by year with several concern areas as \"more than one\": it would stand out.";
    }
}
