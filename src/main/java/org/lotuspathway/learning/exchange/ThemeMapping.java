package org.lotuspathway.learning.exchange;

import java.util.List;

import org.lotuspathway.learning.LearningTheme;
import org.lotuspathway.learning.LearningThemes;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes other organisations' entries carry that no theme here has the code of: a lead maps each
 * to a theme here, or adds it as a new one, and from then on those entries are found by that theme.
 */
@Service
public class ThemeMapping {

    private final NamedParameterJdbcTemplate jdbc;
    private final LearningThemes themes;

    ThemeMapping(NamedParameterJdbcTemplate jdbc, LearningThemes themes) {
        this.jdbc = jdbc;
        this.themes = themes;
    }

    /** A code not matched here, with the names organisations gave it and how many entries carry it. */
    public record Unmapped(String code, String names, String organisations, long entries) {
    }

    @Transactional(readOnly = true)
    public List<Unmapped> unmapped() {
        return jdbc.query("""
                select t.code, min(t.name) name, max(t.name) other_name, min(e.organisation_name) organisation,
                       max(e.organisation_name) other_organisation, count(*) entries
                  from shared_entry_theme t join shared_entry e on e.id = t.entry_id
                 where t.local_theme is null group by t.code order by t.code""", new MapSqlParameterSource(),
                (row, n) -> new Unmapped(row.getString("code"), both(row.getString("name"), row.getString("other_name")),
                        both(row.getString("organisation"), row.getString("other_organisation")), row.getLong("entries")));
    }

    /** Maps the code to a theme here ({@code localTheme}), or, if {@code newName} is given instead, to a new theme. */
    @Transactional
    public String map(String code, String localTheme, String newName) {
        Integer waiting = jdbc.queryForObject("select count(*) from shared_entry_theme where code = :code and local_theme is null",
                new MapSqlParameterSource("code", code == null ? "" : code), Integer.class);
        if (waiting == null || waiting == 0) {
            throw InvalidSubmission.of("code", "Choose a theme from the list of themes to map");
        }
        String target;
        if (newName != null && !newName.isBlank()) {
            LearningTheme added = themes.add(newName);
            target = added.code();
        } else {
            target = themes.active().stream().map(LearningTheme::code).filter(c -> c.equals(localTheme)).findFirst()
                    .orElseThrow(() -> InvalidSubmission.of("localTheme", "Choose a theme here, or name a new one"));
        }
        jdbc.update("update shared_entry_theme set local_theme = :target where code = :code and local_theme is null",
                new MapSqlParameterSource("code", code).addValue("target", target));
        return themes.names().get(target);
    }

    private static String both(String one, String other) {
        return one.equals(other) ? one : one + ", " + other;
    }
}
