package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The task list and task pages, as the team uses them. */
@PathwayTest
class WorklistControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    HistoryService history;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    org.lotuspathway.security.PanelCases panelCases;
    @Autowired
    PathwayClock clock;

    @Test
    void theTaskListShowsEachTaskWithItsCase() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Listed Person", "2345678"));

        Document page = html(mvc.perform(get("/tasks").param("search", key).with(caseManager()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("tbody tr")).hasSize(1);
        Element row = rowFor(page, key);
        assertThat(row.text()).contains("Dr Listed Person", "Triage the concern", "Initial triage", "Not yet triaged",
                "Nobody yet").containsPattern("Due in \\d days");
        assertThat(row.select("a[href=/cases/" + key + "]")).hasSize(1);
        assertThat(row.select("form[action$=/claim] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void filtersNarrowTheListAndABadFilterIsExplainedNotFailed() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Filtered Person", "3456789"));

        assertThat(listed(key, "stage", "TRIAGE")).isTrue();
        assertThat(listed(key, "stage", "PANEL")).isFalse();
        assertThat(listed(key, "riskBand", "HIGH")).isFalse();
        assertThat(listed(key, "overdue", "true")).isFalse();
        assertThat(listed(key, "dueThisWeek", "true")).isEqualTo(
                !driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getDueDate().toInstant().atZone(org.lotuspathway.process.PathwayClock.UK)
                        .toLocalDate().isAfter(driver.today().with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY))));
        assertThat(listed(key, "assignee", "unassigned")).isTrue();
        assertThat(listed(key, "assignee", "ro")).isFalse();
        assertThat(listed("Filtered Person", "stage", "TRIAGE")).isTrue();

        Document confused = html(mvc.perform(get("/tasks").param("stage", "SOMEWHERE").param("page", "x")
                .with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(confused.text()).contains("That filter was not understood");
    }

    @Test
    void eachTeamSeesItsOwnTasksAndManagersSeeEveryCase() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Team Person", "4567890"));

        assertThat(html(mvc.perform(get("/tasks").param("search", key).with(panelMember())).andReturn()).text())
                .doesNotContain(key);
        assertThat(html(mvc.perform(get("/tasks").param("view", "ALL").param("search", key).with(panelMember()))
                .andReturn()).text()).doesNotContain(key);
        assertThat(html(mvc.perform(get("/tasks").param("view", "ALL").param("search", key).with(responsibleOfficer()))
                .andReturn()).text()).contains(key);
        assertThat(html(mvc.perform(get("/tasks").param("search", key).with(caseManager())).andReturn()).text())
                .contains(key);
        mvc.perform(get("/tasks").with(practitioner())).andExpect(status().isForbidden());
    }

    @Test
    void theListIsPagedAndSortedByDueDate() throws Exception {
        User worker = identity.newUser("pagingworker");
        identity.saveUser(worker);
        identity.createMembership("pagingworker", "casemanager");
        for (int i = 0; i < 27; i++) {
            String key = driver.raise();
            tasks.claim(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId(), "pagingworker");
        }

        Document first = html(mvc.perform(get("/tasks").param("view", "MINE").with(as("pagingworker", "casemanager")))
                .andReturn());
        Document second = html(mvc.perform(get("/tasks").param("view", "MINE").param("page", "1")
                .with(as("pagingworker", "casemanager"))).andReturn());

        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.select("caption").text()).contains("1 to 25 of 27");
        assertThat(first.select(".nhsuk-pagination__link--next")).hasSize(1);
        assertThat(second.select("tbody tr")).hasSize(2);
        assertThat(second.select("caption").text()).contains("26 to 27 of 27");
        assertThat(second.select(".nhsuk-pagination__link--prev").text()).contains("Page 1 of 2");
        Document pastTheEnd = html(mvc.perform(get("/tasks").param("view", "MINE").param("page", "9")
                .with(as("pagingworker", "casemanager"))).andReturn());
        assertThat(pastTheEnd.select("caption").text()).as("the last page instead").contains("26 to 27 of 27");

        // Counting stops a set number of pages past the one shown; here one page on.
        CurrentUser pagingWorker = new CurrentUser("pagingworker", Set.of(Roles.CASE_MANAGER));
        TaskFilter mine = new TaskFilter(TaskFilter.View.MINE, null, null, null, null, null, null, null, 0);
        WorkPage counted = new TaskListQuery(jdbc, clock, panelCases, 1, TaskListQuery.MANY_TEAM_TASKS).find(pagingWorker, mine);
        assertThat(counted.items()).hasSize(25);
        assertThat(counted.totalLabel()).isEqualTo("more than 25");
        assertThat(counted.pagesLabel()).isEqualTo("more than 1");
        assertThat(counted.hasNext()).isTrue();
        WorkPage last = new TaskListQuery(jdbc, clock, panelCases, 1, TaskListQuery.MANY_TEAM_TASKS).find(pagingWorker, new TaskFilter(TaskFilter.View.MINE, null, null,
                null, null, null, null, null, 1));
        assertThat(last.items()).hasSize(2);
        assertThat(last.totalLabel()).isEqualTo("27");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void claimingHandingBackAndReassigningATask() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        mvc.perform(post("/tasks/{id}/claim", taskId).with(caseManager())).andExpect(refusedForWantOfCsrf());
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        mvc.perform(post("/tasks/{id}/claim", taskId).with(caseManager()).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("casemanager");

        mvc.perform(post("/tasks/{id}/claim", taskId).with(as("othercm", "casemanager")).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/tasks/{id}/unclaim", taskId).with(caseManager()).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        mvc.perform(post("/tasks/{id}/assign", taskId).param("assignee", "casemanager").with(responsibleOfficer())
                .with(csrf())).andExpect(redirectedUrl("/tasks/" + taskId));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("casemanager");

        mvc.perform(post("/tasks/{id}/assign", taskId).param("assignee", "pag").with(responsibleOfficer()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/assign", taskId).param("assignee", "wellbeing")
                .with(as("wellbeing", "wellbeing")).with(csrf())).andExpect(status().isForbidden());
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("casemanager");
    }

    @Test
    void theTaskPageShowsTheFormBesideTheCase() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Beside Person", "5678901"));
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Triage the concern");
        assertThat(page.select("aside.lotus-case-summary").text()).contains(key, "Dr Beside Person", "GMC 5678901");
        assertThat(page.select("form[action=/tasks/" + taskId + "] input[name=_csrf]")).hasSize(1);
        for (String field : new String[] {"likelihood", "impact", "immediateRisk", "insight", "triageNotes"}) {
            Element input = page.selectFirst("[name=" + field + "]");
            assertThat(input).as(field).isNotNull();
            assertThat(page.select("label[for=" + input.id() + "]")).as("label for " + field).hasSize(1);
        }
    }

    @Test
    void badAnswersComeBackWithAMessageByEachFieldAndTheInputKept() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        Document page = html(mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf())
                .param("likelihood", "4").param("impact", "9").param("immediateRisk", "true")
                .param("contextNotes", "Works alone on Saturdays"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select(".nhsuk-error-summary").text()).contains("There is a problem",
                "The answer to \"What would the impact on patient safety be?\" must be one of the options given",
                "Answer the question \"Does the practitioner show insight into the concern?\"",
                "Enter summary of the triage");
        assertThat(page.select("#error-impact").text()).contains("must be one of the options given");
        assertThat(page.select("input[name=likelihood][checked]").val()).isEqualTo("4");
        assertThat(page.select("input[name=immediateRisk][checked]")).hasSize(1);
        assertThat(page.select("textarea[name=contextNotes]").text()).isEqualTo("Works alone on Saturdays");
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN)).isNotNull();
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).isEmpty();
    }

    @Test
    void aRuleThatSpansFieldsIsShownLikeAnyOther() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        Document page = html(mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf())
                .param("likelihood", "2").param("impact", "2").param("insight", "FULL").param("triageNotes", "Notes")
                .param("immediateRisk", "true")).andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#error-immediateRiskDetails").text()).contains("Describe the immediate risk");
    }

    @Test
    void goodAnswersCompleteTheTask() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf())
                        .param("likelihood", "5").param("impact", "4").param("insight", "PARTIAL")
                        .param("triageNotes", "Serious and likely to recur").param("contextFactors", "WORKLOAD", "ISOLATION"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Done: Triage the concern for "
                        + key + ". Risk band high (score 20), so urgent panel. Next: Consider interim action")));

        assertThat(driver.task(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION)).isNotNull();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult())
                .as("who did it, claimed as it was completed")
                .satisfies(done -> assertThat(done.getAssignee()).isEqualTo("casemanager"))
                .satisfies(done -> assertThat(done.getEndTime()).isNotNull());
    }

    @Test
    void aTaskCompletedMeanwhileIsExplainedNotFailed() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        driver.triageAs(key, 1, 1);

        mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf()).param("likelihood", "3"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("already been completed")));
        // found by the crawl: following a link to a finished task said something entered was lost
        mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("problem", "That task is no longer open: it has been completed, or the case "
                        + "has moved on."));
    }

    @Test
    void someoneOutsideTheTasksGroupsCannotWorkIt() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        Document refused = html(mvc.perform(get("/tasks/{id}", taskId).with(as("wellbeing", "wellbeing")))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(refused.select("h1").text()).isEqualTo("You cannot work on this task");
        mvc.perform(post("/tasks/{id}", taskId).with(as("wellbeing", "wellbeing")).with(csrf()).param("likelihood", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{id}", taskId).with(practitioner())).andExpect(status().isForbidden());

        Document managerView = html(mvc.perform(get("/tasks/{id}", taskId).with(responsibleOfficer()))
                .andExpect(status().isOk()).andReturn());
        assertThat(managerView.select("form[action=/tasks/" + taskId + "]")).isEmpty();
        assertThat(managerView.select("form[action$=/assign] select[name=assignee] option")).extracting(Element::val)
                .contains("casemanager");
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN)).isNotNull();
    }

    private boolean listed(String search, String filter, String value) throws Exception {
        return html(mvc.perform(get("/tasks").param("search", search).param(filter, value).with(caseManager()))
                .andExpect(status().isOk()).andReturn()).select("tbody tr").size() > 0;
    }

    private static Element rowFor(Document page, String key) {
        return page.select("tbody tr").stream().filter(row -> row.text().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not on the task list"));
    }
}
