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

    private static final int REVIEW_TEXT_LENGTH = 8000;
    private static final int SEARCH_TEXT_LENGTH = 100_000;

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
                    int room = column.equals("anonymised_text") ? SEARCH_TEXT_LENGTH : REVIEW_TEXT_LENGTH;
                    jdbc.update("update lessons_review set " + column + " = ? where id = ?",
                            scrubbed(anonymiser, text.toString(), room), review.get("id"));
                }
            }
        }
        // the review's improvement actions are read in the library and shared with it
        for (Map<String, Object> action : jdbc.queryForList("""
                select a.id, a.description, a.owner, a.what_changed from improvement_action a
                join lessons_review r on r.id = a.review_id where r.concern_id = ?""", concernId)) {
            Object whatChanged = action.get("what_changed");
            jdbc.update("update improvement_action set description = ?, owner = ?, what_changed = ? where id = ?",
                    scrubbed(anonymiser, action.get("description").toString(), ImprovementAction.DESCRIPTION_LENGTH),
                    scrubbed(anonymiser, action.get("owner").toString(), ImprovementAction.OWNER_LENGTH),
                    whatChanged == null ? null
                            : scrubbed(anonymiser, whatChanged.toString(), ImprovementAction.WHAT_CHANGED_LENGTH),
                    action.get("id"));
        }
    }

    /** Scrubbing lengthens a name ("Li" becomes "[the practitioner]"): cut to what the column holds. */
    private static String scrubbed(Anonymiser anonymiser, String text, int room) {
        String scrubbed = anonymiser.scrub(text);
        return scrubbed.length() <= room ? scrubbed : scrubbed.substring(0, room - 1) + "\u2026";
    }
}
