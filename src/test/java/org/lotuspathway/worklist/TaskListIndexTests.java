package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's task table gets the task list's index on H2 (PostgresTaskListTests checks PostgreSQL). */
@PathwayTest
class TaskListIndexTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEngineTaskTableHasTheTaskListsIndex() {
        assertThat(jdbc.queryForList("""
                select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS
                where TABLE_NAME = 'ACT_RU_TASK' and INDEX_NAME = ? order by ORDINAL_POSITION""", String.class,
                TaskListIndex.NAME)).containsExactly("DUE_DATE_", "CREATE_TIME_", "ID_");
    }
}
