package org.lotuspathway.worklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's task table in the task list's order, soonest due first: with it the
 * database reads a page's tasks in order and stops at the page's end, instead of sorting every
 * open task first. Created at start-up, once the engine has made its tables; Camunda's schema does
 * not have it.
 */
@Component
class TaskListIndex implements SmartInitializingSingleton {

    static final String NAME = "LOTUS_IDX_TASK_DUE";
    private static final Logger log = LoggerFactory.getLogger(TaskListIndex.class);

    private final JdbcTemplate jdbc;

    TaskListIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            jdbc.execute("create index if not exists " + NAME
                    + " on ACT_RU_TASK (DUE_DATE_ asc nulls last, CREATE_TIME_, ID_)");
        } catch (DataAccessException e) {
            // Two nodes starting at once may both create it; the list works without it, only slower.
            // (Creating it holds writes to the task table for as long as it takes, once: the table
            // holds open tasks only, so a moment.)
            log.warn("Could not create the task list's index {}: {}", NAME, e.getMessage());
        }
    }
}
