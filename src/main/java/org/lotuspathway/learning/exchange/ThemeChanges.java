package org.lotuspathway.learning.exchange;

import java.util.List;

import org.lotuspathway.learning.LessonsLibrary;
import org.lotuspathway.learning.LibraryEntry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What this organisation changed as a result of learning on a theme, anonymised as the library shows it to anyone. */
@Service
class ThemeChanges {

    private final NamedParameterJdbcTemplate jdbc;
    private final LessonsLibrary library;

    ThemeChanges(NamedParameterJdbcTemplate jdbc, LessonsLibrary library) {
        this.jdbc = jdbc;
        this.library = library;
    }

    record Change(long reviewId, String action, String whatChanged, java.time.LocalDate month) {
    }

    @Transactional(readOnly = true)
    List<Change> ours(String theme) {
        List<Long> reviews = jdbc.queryForList("""
                select distinct a.review_id from improvement_action a join review_theme t on t.review_id = a.review_id
                 where t.theme = :theme and a.what_changed is not null order by a.review_id desc limit 100""",
                new MapSqlParameterSource("theme", theme), Long.class);
        return reviews.stream().flatMap(id -> library.entry(id, false).stream())
                .flatMap(entry -> entry.actions().stream().filter(action -> action.whatChanged() != null)
                        .map(action -> change(entry, action)))
                .toList();
    }

    private static Change change(LibraryEntry entry, LibraryEntry.Action action) {
        return new Change(entry.id(), action.description(), action.whatChanged(), action.whatChangedOn());
    }
}
