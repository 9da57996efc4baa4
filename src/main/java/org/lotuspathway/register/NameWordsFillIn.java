package org.lotuspathway.register;

import java.util.List;
import java.util.Map;

import org.lotuspathway.common.FoldedWords;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives practitioners recorded before the register existed (migration 10) the words of their
 * names that the register searches; those recorded since get theirs as they are written. Each on
 * its own, so a fill-in cut short carries on at the next start.
 */
@Component
class NameWordsFillIn implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    NameWordsFillIn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        fillIn();
    }

    /** Returns how many practitioners it gave words to. */
    int fillIn() {
        List<Map<String, Object>> missing = jdbc.queryForList("""
                select p.id, p.name from practitioner p
                where not exists (select 1 from practitioner_name_word w where w.practitioner_id = p.id)""");
        for (Map<String, Object> practitioner : missing) {
            Object id = practitioner.get("id");
            for (String word : FoldedWords.of((String) practitioner.get("name"))) {
                jdbc.update("insert into practitioner_name_word (word, practitioner_id) values (?, ?)", word, id);
            }
        }
        return missing.size();
    }
}
