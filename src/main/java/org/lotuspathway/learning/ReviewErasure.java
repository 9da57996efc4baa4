package org.lotuspathway.learning;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a case is erased, its lessons review stays in the library as the anonymised entry readers
 * already see: each text is replaced by its anonymised form while the practitioner's name and
 * number are still known, as nothing could anonymise it afterwards; so is each text of its
 * improvement actions.
 */
@Component
public class ReviewErasure {

    private static final List<String> TEXTS = List.of("went_well", "did_not_go_well", "contributory_notes",
            "practitioner_experience", "equality_review", "sharing_plan", "anonymised_text");

    private final JdbcTemplate jdbc;

    ReviewErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void keepOnlyAnonymised(long concernId, String practitionerName, String registerNumber) {
        Anonymiser anonymiser = Anonymiser.of(practitionerName, registerNumber);
        for (Map<String, Object> review : jdbc.queryForList("select * from lessons_review where concern_id = ?", concernId)) {
            for (String column : TEXTS) {
                Object text = review.get(column);
                if (text != null) {
                    jdbc.update("update lessons_review set " + column + " = ? where id = ?",
                            anonymiser.scrub(text.toString()), review.get("id"));
                }
            }
        }
        // the review's improvement actions are read in the library and shared with it
        jdbc.query("""
                select a.id, a.description, a.what_changed from improvement_action a
                join lessons_review r on r.id = a.review_id where r.concern_id = ?""", action -> {
            String whatChanged = action.getString("what_changed");
            jdbc.update("update improvement_action set description = ?, what_changed = ? where id = ?",
                    anonymiser.scrub(action.getString("description")),
                    whatChanged == null ? null : anonymiser.scrub(whatChanged), action.getLong("id"));
        }, concernId);
    }
}
