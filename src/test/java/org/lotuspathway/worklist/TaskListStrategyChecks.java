package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A team's task list is read one of two ways, from its groups' candidate links when they are few,
 * or by reading every open task in due order when they are many: whichever way, the same page.
 * Run on H2 ({@link TaskListStrategyTests}) and PostgreSQL ({@link PostgresTaskListStrategyTests}).
 */
abstract class TaskListStrategyChecks {

    static final CurrentUser CASE_MANAGER = new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER));
    static final CurrentUser RO = new CurrentUser("ro", Set.of(Roles.RESPONSIBLE_OFFICER));
    static final CurrentUser IN_TWO_TEAMS = new CurrentUser("twoteams", Set.of(Roles.CASE_MANAGER,
            Roles.RESPONSIBLE_OFFICER));

    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    org.lotuspathway.security.PanelCases panelCases;
    @Autowired
    PathwayClock clock;
    @Autowired
    PathwayDriver driver;
    @Autowired
    TaskService tasks;

    @Test
    void bothWaysOfReadingATeamsTasksGiveTheSamePage() {
        String name = "Dr Strategy " + PostgresTaskListTests.randomLetters();
        String waiting = driver.raise(PathwayDriver.concernAbout(name + " waiting", PostgresTaskListTests.randomGmcNumber()));
        String urgent = driver.raise(PathwayDriver.concernAbout(name + " urgent", PostgresTaskListTests.randomGmcNumber()));
        driver.triageAs(urgent, 5, 5);
        // the Responsible Officer's task handed to a case manager: in their list though not their group's
        String handed = driver.task(urgent, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION).getId();
        tasks.setAssignee(handed, CASE_MANAGER.name());
        tasks.claim(driver.task(waiting, ConcernPathway.TASK_TRIAGE_CONCERN).getId(), IN_TWO_TEAMS.name());

        TaskListQuery fromLinks = new TaskListQuery(jdbc, clock, panelCases, TaskListQuery.PAGES_COUNTED_AHEAD, Integer.MAX_VALUE);
        TaskListQuery inDueOrder = new TaskListQuery(jdbc, clock, panelCases, TaskListQuery.PAGES_COUNTED_AHEAD, 0);
        for (CurrentUser user : List.of(CASE_MANAGER, RO, IN_TWO_TEAMS)) {
            for (TaskFilter filter : List.of(team(null, null, null, 0), team(null, null, null, 1),
                    team(null, null, true, 0), team(Stage.INTERIM_ACTION, null, null, 0), team(null, name, null, 0),
                    team(null, name, true, 0),
                    new TaskFilter(TaskFilter.View.TEAM, null, RiskBand.HIGH, null, null, null, name, null, 0),
                    new TaskFilter(TaskFilter.View.TEAM, null, null, true, null, null, null, null, 0),
                    new TaskFilter(TaskFilter.View.TEAM, null, null, null, true, null, name, null, 0),
                    new TaskFilter(TaskFilter.View.TEAM, null, null, null, null, "unassigned", name, null, 0),
                    new TaskFilter(TaskFilter.View.TEAM, null, null, null, null, IN_TWO_TEAMS.name(), null, null, 0))) {
                assertThat(fromLinks.find(user, filter)).as(user.name() + " " + filter)
                        .isEqualTo(inDueOrder.find(user, filter));
            }
        }
        assertThat(fromLinks.find(CASE_MANAGER, team(null, name, null, 0)).items()).extracting(WorkItem::taskId)
                .as("the task handed to them").contains(handed);
        assertThat(fromLinks.find(RO, team(null, name, null, 0)).items()).extracting(WorkItem::taskId)
                .as("their group's task, though someone has it").contains(handed);
    }

    private static TaskFilter team(Stage stage, String search, Boolean latestFirst, int page) {
        return new TaskFilter(TaskFilter.View.TEAM, stage, null, null, null, null, search, latestFirst, page);
    }
}
