package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The improvement-action tracker across every review, owners who are users here, and their
 * reminders. Each test's review has three actions, reviewed on 2 June 2033 (a year no other test uses):
 * one owned by "casemanager" due in 3 days, one by "Lee Lead" (the lead's full name) due two days
 * ago, and one by "Practice manager" (not a user) due in 2 days.
 */
@PathwayTest
class ImprovementActionsTests {

    static final LocalDate REVIEWED = LocalDate.of(2033, 6, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActionReminders reminders;

    String key;
    List<Long> actions;

    @BeforeEach
    void reviewACaseWithThreeActions() {
        UkTime.at(2033, 6, 2, 9);
        key = driver.raise();
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "action1", "Add referral tracking to the locum induction pack", "action1Owner", "casemanager",
                "action1DueOn", REVIEWED.plusDays(3).toString(),
                "action2", "Set up peer support for single-handed GPs", "action2Owner", "lee lead",
                "action2DueOn", REVIEWED.minusDays(2).toString(),
                "action3", "Audit the practice's referrals", "action3Owner", "Practice manager",
                "action3DueOn", REVIEWED.plusDays(2).toString()));
        actions = jdbc.queryForList("select a.id from improvement_action a join lessons_review r on r.id = a.review_id "
                + "join concern c on c.id = r.concern_id where c.business_key = ? order by a.id", Long.class, key);
    }


    @Test
    void anOwnerWhoIsAUserHereIsKnownByIdOrFullName() {
        assertThat(jdbc.queryForList("select owner_user_id from improvement_action where id in (?, ?, ?) order by id",
                String.class, actions.get(0), actions.get(1), actions.get(2))).containsExactly("casemanager", "lead", null);
    }

    @Test
    void theTrackerShowsWhatIsDueAndWhatIsOverdue() throws Exception {
        Document page = html(mvc.perform(get("/learning/actions").with(as("casemanager", "casemanager")))
                .andExpect(status().isOk()).andReturn());

        var overdue = page.select("#action-" + actions.get(1));
        assertThat(overdue.select("td").get(3).hasClass("lotus-overdue")).isTrue();
        assertThat(overdue.text()).contains(key, "Lee Lead", "31 May 2033", "Overdue", "Open");
        assertThat(page.select("#action-" + actions.get(2)).text()).contains("Practice manager", "Not a user here: no reminders");
        assertThat(page.select("#action-" + actions.get(0) + " a:contains(Update)")).as("the owner may update").hasSize(1);
        assertThat(page.select("#action-" + actions.get(1) + " a:contains(Update)")).as("not the owner").isEmpty();
        assertThat(page.select("#action-" + actions.get(0) + " a[href=/cases/" + key + "]")).hasSize(1);
    }

    @Test
    void theOwnerOrALeadMovesAnActionAlong() throws Exception {
        mvc.perform(post("/learning/actions/{id}/status", actions.get(0)).with(as("casemanager", "casemanager")).with(csrf())
                        .param("status", "IN_PROGRESS"))
                .andExpect(redirectedUrl("/learning/actions"))
                .andExpect(flash().attribute("message", "Improvement action " + actions.get(0) + " is now in progress."));
        mvc.perform(post("/learning/actions/{id}/status", actions.get(2)).with(as("lead", "lead")).with(csrf())
                .param("status", "DONE")).andExpect(redirectedUrl("/learning/actions"));

        assertThat(jdbc.queryForMap("select status, status_changed_by from improvement_action where id = ?", actions.get(0)))
                .containsEntry("STATUS", "IN_PROGRESS").containsEntry("STATUS_CHANGED_BY", "casemanager");
        assertThat(jdbc.queryForObject("select status from improvement_action where id = ?", String.class, actions.get(2)))
                .isEqualTo("DONE");
    }

    @Test
    void nobodyElseMayAndBadInputChangesNothing() throws Exception {
        mvc.perform(post("/learning/actions/{id}/status", actions.get(1)).with(as("casemanager", "casemanager")).with(csrf())
                .param("status", "DONE")).andExpect(status().isForbidden());
        Document refused = html(mvc.perform(post("/learning/actions/{id}/status", actions.get(0))
                        .with(as("casemanager", "casemanager")).with(csrf()).param("status", "FINISHED-ISH"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#error-status").text()).contains("Choose the action's status");
        mvc.perform(post("/learning/actions/{id}/status", 999_999_999L).with(as("lead", "lead")).with(csrf())
                .param("status", "DONE")).andExpect(status().isNotFound());
        mvc.perform(post("/learning/actions/{id}/status", actions.get(0)).with(as("casemanager", "casemanager"))
                .param("status", "DONE")).andExpect(refusedForWantOfCsrf());
        mvc.perform(get("/learning/actions/not-a-number").with(as("lead", "lead"))).andExpect(status().isBadRequest());

        assertThat(jdbc.queryForList("select status from improvement_action where id in (?, ?)", String.class,
                actions.get(0), actions.get(1))).containsOnly("OPEN");
    }

    @Test
    void aLeadHandsAnActionToAStaffUserWhoIsThenReminded() throws Exception {
        mvc.perform(post("/learning/actions/{id}/owner", actions.get(2)).with(as("lead", "lead")).with(csrf())
                .param("owner", "ro")).andExpect(redirectedUrl("/learning/actions"));
        mvc.perform(post("/learning/actions/{id}/owner", actions.get(2)).with(as("lead", "lead")).with(csrf())
                .param("owner", "nobody-here")).andExpect(status().isBadRequest());
        mvc.perform(post("/learning/actions/{id}/owner", actions.get(2)).with(as("casemanager", "casemanager")).with(csrf())
                .param("owner", "casemanager")).andExpect(status().isForbidden());

        assertThat(jdbc.queryForMap("select owner, owner_user_id from improvement_action where id = ?", actions.get(2)))
                .containsEntry("OWNER", "Robert Officer").containsEntry("OWNER_USER_ID", "ro");
    }

    @Test
    void ownersAreRemindedOfActionsDueSoonOrOverdueOnceADay() {
        UkTime.at(2033, 6, 3, 7);
        reminders.remind();
        reminders.remind();

        assertThat(remindersOf(actions.get(0))).containsExactly(
                List.of("casemanager", "Improvement action due soon (" + key + ")", "action-reminder:" + actions.get(0) + ":2033-06-03"));
        assertThat(remindersOf(actions.get(1))).containsExactly(
                List.of("lead", "Improvement action overdue (" + key + ")", "action-reminder:" + actions.get(1) + ":2033-06-03"));
        assertThat(remindersOf(actions.get(2))).as("not a user here").isEmpty();
        String body = jdbc.queryForObject("select body from notification where event_key = ?", String.class,
                "action-reminder:" + actions.get(1) + ":2033-06-03");
        assertThat(body).contains("was due on 31 May 2033", "/learning/actions/" + actions.get(1))
                .doesNotContain("peer support", "Dr Test Practitioner", "1234567");

        UkTime.at(2033, 6, 4, 7);
        reminders.remind();
        assertThat(remindersOf(actions.get(0))).hasSize(2);
    }

    @Test
    void doneActionsAndActionsDueLaterAreNotReminded() throws Exception {
        mvc.perform(post("/learning/actions/{id}/status", actions.get(1)).with(as("lead", "lead")).with(csrf())
                .param("status", "DONE")).andExpect(status().is3xxRedirection());
        UkTime.at(2033, 5, 20, 7);
        reminders.remind();
        assertThat(remindersOf(actions.get(0))).as("due on 5 June: more than 7 days away on 20 May").isEmpty();

        UkTime.at(2033, 6, 3, 7);
        reminders.remind();
        assertThat(remindersOf(actions.get(1))).as("done").isEmpty();
    }

    private List<List<String>> remindersOf(long actionId) {
        return jdbc.query("select recipient_user, subject, event_key from notification where event_key like ? order by id",
                (row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3)), "action-reminder:" + actionId + ":%");
    }
}
