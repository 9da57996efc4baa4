package org.lotuspathway.learning.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.lotuspathway.learning.LearningTheme;
import org.lotuspathway.learning.LearningThemes;
import org.lotuspathway.process.PathwayClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each theme's entries by organisation (this one first) and by year, local and imported side by
 * side. As on the equality page, a count under {@code lotus.equality.smallest-count-shown} is not
 * shown, so that no case can be singled out.
 */
@Service
public class AcrossOrganisations {

    private final NamedParameterJdbcTemplate jdbc;
    private final LearningThemes themes;
    private final ExchangeSettings settings;
    private final int smallestShown;

    AcrossOrganisations(NamedParameterJdbcTemplate jdbc, LearningThemes themes, ExchangeSettings settings,
            @Value("${lotus.equality.smallest-count-shown:5}") int smallestShown) {
        this.jdbc = jdbc;
        this.themes = themes;
        this.settings = settings;
        this.smallestShown = smallestShown;
    }

    /** A count as shown: the number, or null when it is suppressed. */
    public record Count(long value, boolean suppressed) {

        public String shown(int smallest) {
            return suppressed ? "fewer than " + smallest : String.valueOf(value);
        }
    }

    public record Row(String themeCode, String theme, List<Count> byOrganisation, List<Count> localByYear,
            List<Count> importedByYear) {
    }

    public record Table(List<String> organisations, List<Integer> years, List<Row> rows, int smallestShown) {
    }

    @Transactional(readOnly = true)
    public Table table() {
        Map<String, String> organisations = new LinkedHashMap<>();
        organisations.put(settings.organisation().code(), settings.organisation().name() + " (here)");
        jdbc.query("select distinct organisation_code, organisation_name from shared_entry order by organisation_name",
                new MapSqlParameterSource(), row -> {
                    organisations.putIfAbsent(row.getString(1), row.getString(2));
                });
        Map<String, Long> counts = new java.util.HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        String own = settings.organisation().code();
        jdbc.query("select rt.theme, r.recorded_at from review_theme rt join lessons_review r on r.id = rt.review_id",
                new MapSqlParameterSource(), row -> {
                    int year = row.getTimestamp(2).toInstant().atZone(PathwayClock.UK).getYear();
                    years.add(year);
                    counts.merge(row.getString(1) + "|org|" + own, 1L, Long::sum);
                    counts.merge(row.getString(1) + "|local|" + year, 1L, Long::sum);
                });
        jdbc.query("""
                select t.local_theme, e.organisation_code, e.period_starts from shared_entry_theme t
                  join shared_entry e on e.id = t.entry_id where t.local_theme is not null""",
                new MapSqlParameterSource(), row -> {
                    int year = row.getDate(3).toLocalDate().getYear();
                    years.add(year);
                    counts.merge(row.getString(1) + "|org|" + row.getString(2), 1L, Long::sum);
                    counts.merge(row.getString(1) + "|imported|" + year, 1L, Long::sum);
                });
        List<Row> rows = new ArrayList<>();
        for (LearningTheme theme : themes.active()) {
            String code = theme.code();
            rows.add(new Row(code, theme.name(),
                    organisations.keySet().stream().map(org -> count(counts, code + "|org|" + org)).toList(),
                    years.stream().map(year -> count(counts, code + "|local|" + year)).toList(),
                    years.stream().map(year -> count(counts, code + "|imported|" + year)).toList()));
        }
        return new Table(List.copyOf(organisations.values()), List.copyOf(years), rows, smallestShown);
    }

    private Count count(Map<String, Long> counts, String key) {
        long value = counts.getOrDefault(key, 0L);
        return new Count(value, value > 0 && value < smallestShown);
    }
}
