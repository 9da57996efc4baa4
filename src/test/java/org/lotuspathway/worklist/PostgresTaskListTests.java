package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PostgresPathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The task list's queries (LIMIT/OFFSET over ACT_RU_TASK joined to our tables) on PostgreSQL. */
@PostgresPathwayTest
class PostgresTaskListTests {

    static final CurrentUser CASE_MANAGER = new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER));
    static final CurrentUser PANEL = new CurrentUser("pag", Set.of(Roles.PANEL));

    @Autowired
    TaskListQuery taskList;
    @Autowired
    TaskCommands worklist;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesFiltersAndSearchesRunInTheDatabase() {
        String name = "Dr Pager " + randomLetters();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(driver.raise(PathwayDriver.concernAbout(name + " " + i, randomGmcNumber())));
        }

        WorkPage first = taskList.find(CASE_MANAGER, search(name, 0));
        WorkPage second = taskList.find(CASE_MANAGER, search(name, 1));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.items()).hasSize(TaskFilter.PAGE_SIZE);
        assertThat(second.items()).hasSize(5);
        assertThat(second.total()).isEqualTo(30);
        WorkPage pastTheEnd = taskList.find(CASE_MANAGER, search(name, 5));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(30);
        List<WorkItem> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        assertThat(all).extracting(WorkItem::businessKey).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(all).allSatisfy(item -> {
            assertThat(item.taskKey()).isEqualTo(ConcernPathway.TASK_TRIAGE_CONCERN);
            assertThat(item.stage()).isEqualTo(Stage.TRIAGE);
            assertThat(item.practitioner()).startsWith(name);
        });
        assertThat(all.stream().map(WorkItem::due).filter(Objects::nonNull).toList())
                .as("soonest due first").isSortedAccordingTo(Instant::compareTo);

        assertThat(taskList.find(CASE_MANAGER, search(keys.get(3).toLowerCase(), 0)).items())
                .singleElement().extracting(WorkItem::businessKey).isEqualTo(keys.get(3));

        for (String key : keys.subList(0, 3)) {
            driver.triageAs(key, 3, 3);
        }
        WorkPage investigating = taskList.find(CASE_MANAGER, new TaskFilter(TaskFilter.View.TEAM,
                Stage.INVESTIGATION, null, null, null, null, name, null, null));
        assertThat(investigating.items()).extracting(WorkItem::businessKey)
                .containsExactlyInAnyOrderElementsOf(keys.subList(0, 3));

        String stillAtTriage = all.stream().filter(item -> item.businessKey().equals(keys.get(10))).findFirst()
                .orElseThrow().taskId();
        worklist.claim(CASE_MANAGER, stillAtTriage);
        assertThat(taskList.find(CASE_MANAGER, new TaskFilter(TaskFilter.View.MINE, null, null, null, null, null,
                name, null, null)).items()).extracting(WorkItem::taskId).containsExactly(stillAtTriage);
        assertThat(taskList.find(PANEL, search(name, 0)).total()).as("not the panel's work").isZero();
    }

    @Test
    void theEngineTaskTableHasTheTaskListsIndex() {
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where tablename = 'act_ru_task' and indexname = ?",
                Long.class, TaskListIndex.NAME.toLowerCase())).isEqualTo(1);
    }

    private static TaskFilter search(String text, int page) {
        return new TaskFilter(TaskFilter.View.TEAM, null, null, null, null, null, text, null, page);
    }

    static String randomLetters() {
        StringBuilder letters = new StringBuilder();
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    static String randomGmcNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }
}
