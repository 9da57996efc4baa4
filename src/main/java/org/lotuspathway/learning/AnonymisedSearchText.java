package org.lotuspathway.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an anonymised reader's search of the lessons library looks in: a review's free text and its
 * actions' descriptions, scrubbed by the {@link Anonymiser} exactly as they read them. Searching the
 * raw text instead would tell them who a review is about (a review found by a letter of the name, or
 * left out because of it). Written as each review is recorded; reviews recorded before it existed
 * are filled in as the app starts.
 */
@Component
class AnonymisedSearchText implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    AnonymisedSearchText(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String of(String practitionerName, String registerNumber, List<String> texts, List<String> actions) {
        return Anonymiser.of(practitionerName, registerNumber).searchable(Stream.concat(texts.stream(), actions.stream()));
    }

    @Override
    public void run(ApplicationArguments args) {
        fillIn();
    }

    /**
     * Fills in the search text of every review that has none, each on its own (no transaction
     * around them all: a fill-in cut short carries on at the next start). Returns how many.
     */
    int fillIn() {
        record Missing(long id, String name, String number, List<String> texts) {
        }
        List<Missing> missing = new ArrayList<>();
        jdbc.query("""
                select r.id, p.name, p.register_number, r.went_well, r.did_not_go_well, r.contributory_notes,
                       r.practitioner_experience, r.equality_review, r.sharing_plan
                from lessons_review r join concern c on c.id = r.concern_id join practitioner p on p.id = c.practitioner_id
                where r.anonymised_text is null
                """, row -> {
            List<String> texts = new ArrayList<>();
            for (String column : List.of("went_well", "did_not_go_well", "contributory_notes", "practitioner_experience",
                    "equality_review", "sharing_plan")) {
                String text = row.getString(column);
                texts.add(text == null ? "" : text);
            }
            missing.add(new Missing(row.getLong("id"), row.getString("name"), row.getString("register_number"), texts));
        });
        for (Missing review : missing) {
            List<String> actions = jdbc.queryForList(
                    "select description from improvement_action where review_id = ? order by due_on, id", String.class,
                    review.id());
            jdbc.update("update lessons_review set anonymised_text = ? where id = ?",
                    of(review.name(), review.number(), review.texts(), actions), review.id());
        }
        return missing.size();
    }
}
