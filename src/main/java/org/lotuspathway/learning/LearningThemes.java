package org.lotuspathway.learning;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lotuspathway.process.InvalidSubmission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed list of learning themes. A theme's code never changes, so renaming touches no
 * review; merging re-points every review that carried the merged theme.
 */
@Service
public class LearningThemes {

    static final int NAME_LENGTH = 200;

    private final LearningThemeRepository themes;
    private final JdbcTemplate jdbc;

    LearningThemes(LearningThemeRepository themes, JdbcTemplate jdbc) {
        this.themes = themes;
        this.jdbc = jdbc;
    }

    /** Themes reviews can be coded with now, by name. */
    @Transactional(readOnly = true)
    public List<LearningTheme> active() {
        return themes.findByActiveTrueOrderByName();
    }

    /** Every theme, the active ones first. */
    @Transactional(readOnly = true)
    public List<LearningTheme> all() {
        return themes.findAllByOrderByActiveDescNameAsc();
    }

    /** Every theme's name by its code, merged ones included. */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        themes.findAllByOrderByActiveDescNameAsc().forEach(theme -> names.put(theme.code(), theme.name()));
        return names;
    }

    /** How many reviews carry each theme. */
    @Transactional(readOnly = true)
    public Map<String, Long> reviewCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select theme, count(*) from review_theme group by theme",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    @Transactional
    public LearningTheme add(String name) {
        String clean = checkedName("name", name, null);
        return themes.save(new LearningTheme(freeCode(clean), clean));
    }

    @Transactional
    public LearningTheme rename(String code, String name) {
        LearningTheme theme = get(code, "renameCode");
        if (!theme.isActive()) {
            throw InvalidSubmission.of("renameCode", "\"" + theme.name() + "\" was merged into another theme; rename that one");
        }
        theme.rename(checkedName("newName", name, code));
        return theme;
    }

    /**
     * Merges one theme into another: every review that carried it now carries the other (once), and
     * themes merged into it before follow it. Returns how many reviews carried the merged theme: each
     * now carries the other in its place, whether it carried that one already or not.
     */
    @Transactional
    public int merge(String fromCode, String intoCode) {
        if (fromCode != null && fromCode.equals(intoCode)) {
            throw InvalidSubmission.of("mergeInto", "Choose two different themes: one to merge, and one to merge it into");
        }
        LearningTheme from = get(fromCode, "mergeFrom");
        LearningTheme into = get(intoCode, "mergeInto");
        if (!from.isActive() || !into.isActive()) {
            throw InvalidSubmission.of("mergeFrom", "Only themes still in use can be merged");
        }
        int carriedBoth = jdbc.update("delete from review_theme where theme = ? and review_id in "
                + "(select review_id from review_theme where theme = ?)", fromCode, intoCode);
        int repointed = carriedBoth + jdbc.update("update review_theme set theme = ? where theme = ?", intoCode, fromCode);
        from.mergeInto(into);
        themes.findByMergedInto(fromCode).forEach(earlier -> earlier.mergeInto(into));
        return repointed;
    }

    /**
     * The codes a review should carry for the themes chosen: a merged theme becomes the one it was
     * merged into. A code the list lacks (a form a lead edited, or a forged submission) is refused,
     * naming it: only leads add themes, on the themes page.
     */
    @Transactional(readOnly = true)
    public Set<String> canonical(Collection<String> codes) {
        Set<String> canonical = new LinkedHashSet<>();
        if (codes == null) {
            return canonical;
        }
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            LearningTheme theme = themes.findById(code).orElseThrow(() -> InvalidSubmission.of(ThemeOptions.FIELD,
                    "\"" + shortened(code) + "\" is not a learning theme: choose themes from the list, or ask a process"
                            + " lead to add it"));
            while (theme.mergedInto().isPresent()) {
                theme = themes.findById(theme.mergedInto().get()).orElseThrow();
            }
            canonical.add(theme.code());
        }
        return canonical;
    }

    private LearningTheme get(String code, String field) {
        return themes.findById(code == null ? "" : code)
                .orElseThrow(() -> InvalidSubmission.of(field, "Choose a theme from the list"));
    }

    private String checkedName(String field, String name, String exceptCode) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw InvalidSubmission.of(field, "Enter the theme's name");
        }
        if (clean.length() > NAME_LENGTH) {
            throw InvalidSubmission.of(field, "The name must be " + NAME_LENGTH + " characters or fewer");
        }
        boolean taken = themes.findByActiveTrueOrderByName().stream()
                .anyMatch(theme -> !theme.code().equals(exceptCode) && theme.name().equalsIgnoreCase(clean));
        if (taken) {
            throw InvalidSubmission.of(field, "There is already a theme called \"" + clean + "\"");
        }
        return clean;
    }

    /** "Remote leadership" becomes REMOTE_LEADERSHIP, or REMOTE_LEADERSHIP_2 if that is taken. */
    private String freeCode(String name) {
        String base = name.toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "THEME";
        }
        base = base.length() > 90 ? base.substring(0, 90) : base;
        String code = base;
        for (int n = 2; themes.existsById(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private static String shortened(String code) {
        String clean = code.strip().replaceAll("\\s+", " ");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }
}
