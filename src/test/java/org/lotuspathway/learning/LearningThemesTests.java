package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Leads keep the list of learning themes; reviews follow it, on our task page and in Camunda's Tasklist. */
@PathwayTest
class LearningThemesTests {

    static final RequestPostProcessor LEAD = as("lead", "lead");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    LearningThemes themes;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadAddsATheme() throws Exception {
        mvc.perform(post("/learning/themes").with(LEAD).with(csrf()).param("name", "  Remote   leadership "))
                .andExpect(redirectedUrl("/learning/themes"))
                .andExpect(flash().attribute("message", "Theme \"Remote leadership\" added."));

        assertThat(themes.active()).extracting(LearningTheme::code, LearningTheme::name)
                .contains(org.assertj.core.groups.Tuple.tuple("REMOTE_LEADERSHIP", "Remote leadership"));
        Document page = html(mvc.perform(get("/learning/themes").with(LEAD)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("tr.lotus-theme:contains(Remote leadership) td").eachText())
                .containsExactly("Remote leadership", "REMOTE_LEADERSHIP", "0", "In use");
    }

    @Test
    void aNameThatIsMissingOrTakenIsRefusedByItsField() throws Exception {
        Document blank = html(mvc.perform(post("/learning/themes").with(LEAD).with(csrf()).param("name", " "))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(blank.select("#error-name").text()).contains("Enter the theme's name");

        Document taken = html(mvc.perform(post("/learning/themes").with(LEAD).with(csrf()).param("name", "workload"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(taken.select("#error-name").text()).contains("There is already a theme called \"workload\"");
        assertThat(taken.select("#field-name").val()).isEqualTo("workload");

        mvc.perform(post("/learning/themes").with(LEAD).with(csrf()).param("name", "x".repeat(201)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void renamingKeepsTheCodeSoReviewsKeepTheirTheme() throws Exception {
        LearningTheme theme = themes.add("Rota gaps");

        mvc.perform(post("/learning/themes/rename").with(LEAD).with(csrf()).param("renameCode", theme.code())
                        .param("newName", "Rota gaps and cover"))
                .andExpect(redirectedUrl("/learning/themes"));

        assertThat(themes.names()).containsEntry(theme.code(), "Rota gaps and cover");
        mvc.perform(post("/learning/themes/rename").with(LEAD).with(csrf()).param("renameCode", "NO_SUCH_THEME")
                .param("newName", "Anything")).andExpect(status().isBadRequest());
    }

    @Test
    void mergingMovesEveryReviewOnceAndTheMergedThemeIsOfferedNoMore() throws Exception {
        LearningTheme lone = themes.add("Lone working");
        LearningTheme alone = themes.add("Working alone");
        long both = review(List.of(lone.code(), alone.code()));
        long onlyAlone = review(List.of(alone.code()));

        mvc.perform(post("/learning/themes/merge").with(LEAD).with(csrf()).param("mergeFrom", alone.code())
                        .param("mergeInto", lone.code()))
                .andExpect(redirectedUrl("/learning/themes"))
                .andExpect(flash().attribute("message",
                        "\"Working alone\" merged into \"Lone working\"; 2 review(s) now carry \"Lone working\" in its place."));

        assertThat(themesOf(both)).containsExactly(lone.code());
        assertThat(themesOf(onlyAlone)).containsExactly(lone.code());
        assertThat(themes.active()).extracting(LearningTheme::code).contains(lone.code()).doesNotContain(alone.code());
        Document page = html(mvc.perform(get("/learning/themes").with(LEAD)).andReturn());
        assertThat(page.select("tr.lotus-theme:contains(Working alone) td").last().text()).isEqualTo("Merged into Lone working");
    }

    @Test
    void mergingAThemeWithItselfOrWithNothingIsRefused() throws Exception {
        LearningTheme theme = themes.add("Handover");
        mvc.perform(post("/learning/themes/merge").with(LEAD).with(csrf()).param("mergeFrom", theme.code())
                .param("mergeInto", theme.code())).andExpect(status().isBadRequest());
        mvc.perform(post("/learning/themes/merge").with(LEAD).with(csrf()).param("mergeFrom", theme.code()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReviewTaskOffersTheThemesAsLeadsKeepThem() throws Exception {
        LearningTheme added = themes.add("Out-of-hours cover");
        String key = atTheReview();

        Document task = html(mvc.perform(get("/tasks/{id}", driver.task(key, ConcernPathway.TASK_REVIEW_LESSONS).getId())
                .with(as("casemanager", "casemanager"))).andExpect(status().isOk()).andReturn());

        assertThat(task.select("input[name=learningThemes]").eachAttr("value")).contains(added.code(), "INDUCTION");
        assertThat(task.select("label[for^=field-learningThemes]").eachText()).contains("Out-of-hours cover");
        assertThat(task.select("input[name=action1Owner]").attr("list")).isEqualTo("suggestions-action1Owner");
        assertThat(task.select("#suggestions-action1Owner option").eachAttr("value")).contains("casemanager", "lead");
    }

    @Test
    void aThemeMergedAwayIsStillAcceptedFromTasklistAndCountsAsTheOneItWasMergedInto() {
        LearningTheme capacity = themes.add("Consent and capacity");
        themes.merge("CONSENT", capacity.code());

        long review = review(List.of("CONSENT"));

        assertThat(themesOf(review)).containsExactly(capacity.code());
    }

    @Test
    void aThemeNotOnTheListIsRefusedByNameAndNeverAdded() {
        String key = atTheReview();
        String unknown = "NO_SUCH_THEME_" + "X".repeat(120);

        assertThatThrownBy(() -> driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "lead",
                Map.of("learningThemes", List.of("WORKLOAD", unknown))))
                .satisfies(failure -> assertThat(InvalidSubmission.in(failure)).get()
                        .satisfies(invalid -> assertThat(invalid.errors()).containsKey("learningThemes")));
        // past the form (a lead deployed one offering a code the list lacks), the review itself says which
        for (String code : List.of("ROTA_GAPS_FROM_AN_EDITED_FORM", unknown)) {
            assertThatThrownBy(() -> themes.canonical(List.of("WORKLOAD", code))).isInstanceOf(InvalidSubmission.class)
                    .satisfies(failure -> assertThat(((InvalidSubmission) failure).errors().get("learningThemes"))
                            .contains("\"" + code.substring(0, Math.min(code.length(), 20)), "is not a learning theme"));
        }
        assertThat(themes.names()).doesNotContainKey("ROTA_GAPS_FROM_AN_EDITED_FORM");

        assertThat(themes.names()).doesNotContainKey(unknown);
        assertThat(jdbc.queryForObject("select count(*) from learning_theme where code like 'NO_SUCH_THEME%'", Long.class))
                .isZero();
        assertThat(driver.task(key, ConcernPathway.TASK_REVIEW_LESSONS)).as("the review is still to do").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from lessons_review r join concern c on c.id = r.concern_id "
                + "where c.business_key = ?", Long.class, key)).isZero();
    }

    @Test
    void onlyLeadsKeepTheThemes() throws Exception {
        mvc.perform(get("/learning/themes").with(as("casemanager", "casemanager"))).andExpect(status().isForbidden());
        mvc.perform(post("/learning/themes").with(as("ro", "ro")).with(csrf()).param("name", "Sneaky"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/learning/themes").with(LEAD).param("name", "No token")).andExpect(refusedForWantOfCsrf());
        assertThat(themes.names().values()).doesNotContain("Sneaky", "No token");
    }

    /** Completes a review the way Camunda's Tasklist does: straight through the engine. */
    private long review(List<String> themeCodes) {
        String key = atTheReview();
        driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "lead",
                Map.of("learningThemes", themeCodes));
        return jdbc.queryForObject("select r.id from lessons_review r join concern c on c.id = r.concern_id "
                + "where c.business_key = ?", Long.class, key);
    }

    private String atTheReview() {
        String key = driver.raise();
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        return key;
    }

    private List<String> themesOf(long reviewId) {
        return jdbc.queryForList("select theme from review_theme where review_id = ? order by theme", String.class, reviewId);
    }
}
