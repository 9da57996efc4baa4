package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The modeler's pages: open, save a draft, check, look back over versions; leads and administrators only. */
@PathwayTest
class ModelerControllerTests {

    static final String FORM = "forms/local-resolution.form";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayVersions versions;
    @Autowired
    ModelDrafts drafts;

    @AfterEach
    void discardDrafts() {
        drafts.all().forEach(draft -> drafts.discard(draft.fileName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"processes/concern-pathway.bpmn", "processes/triage-risk.dmn", "forms/triage-concern.form"})
    void eachKindOfFileOpensInItsEditor(String file) throws Exception {
        Document page = html(mvc.perform(get("/modeler/edit").param("file", file).with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Edit " + file);
        assertThat(page.select("#model-source").text()).isEqualTo(versions.live(file).content().strip());
        assertThat(page.select("form#model-form input[name=_csrf]")).hasSize(1);
        String kind = file.substring(file.lastIndexOf('.') + 1);
        assertThat(page.select("script[src=/assets/editors/" + kind + "-editor.js]")).hasSize(1);
    }

    @Test
    void aDraftIsSavedAndReopenedUntilItIsDiscarded() throws Exception {
        String changed = versions.live(FORM).content().replace("What has been agreed", "What we agreed together");

        mvc.perform(post("/modeler/edit").param("file", FORM).param("content", changed).param("action", "draft")
                        .with(as("lead", "lead")).with(csrf()))
                .andExpect(redirectedUrl("/modeler/edit?file=forms%2Flocal-resolution.form"));
        Document reopened = html(mvc.perform(get("/modeler/edit").param("file", FORM).with(as("lead", "lead"))).andReturn());
        assertThat(reopened.select("#model-source").text()).contains("What we agreed together");
        assertThat(reopened.text()).contains("Your draft", "Draft saved by lead");
        assertThat(html(mvc.perform(get("/modeler").with(as("lead", "lead"))).andReturn()).text()).contains(FORM);

        mvc.perform(post("/modeler/drafts/discard").param("file", FORM).with(as("lead", "lead")).with(csrf()))
                .andExpect(redirectedUrl("/modeler"));
        assertThat(html(mvc.perform(get("/modeler/edit").param("file", FORM).with(as("lead", "lead"))).andReturn())
                .select("#model-source").text()).doesNotContain("What we agreed together");
    }

    @Test
    void aChangeSavedMeanwhileByAnotherLeadIsNotOverwrittenUnnoticed() throws Exception {
        String mine = versions.live(FORM).content().replace("What has been agreed", "Mine");
        String theirs = versions.live(FORM).content().replace("What has been agreed", "Theirs");
        String myBase = basedOn(html(mvc.perform(get("/modeler/edit").param("file", FORM).with(as("lead", "lead")))
                .andReturn()));
        String theirBase = basedOn(html(mvc.perform(get("/modeler/edit").param("file", FORM).with(as("lead2", "lead")))
                .andReturn()));
        mvc.perform(saveDraft(theirs, theirBase).with(as("lead2", "lead"))).andExpect(status().isFound());

        Document refused = html(mvc.perform(saveDraft(mine, myBase).with(as("lead", "lead")))
                .andExpect(status().isConflict()).andReturn());

        assertThat(refused.select(".lotus-problems li").text()).contains("While you were editing, lead2 saved a draft of "
                + FORM, "Nothing of yours is saved yet");
        assertThat(refused.select("#model-source").text()).as("my change kept on the page").contains("Mine");
        assertThat(drafts.of(FORM).orElseThrow().file().content()).contains("Theirs");

        // as the editor sends it: the model as a file part, the rest as fields
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/modeler/edit")
                        .file(new org.springframework.mock.web.MockMultipartFile("contentFile", "content",
                                "application/octet-stream", mine.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("file", FORM).param("action", "draft").param("basedOn", basedOn(refused))
                        .with(as("lead", "lead")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(drafts.of(FORM).orElseThrow().file().content()).as("saved again, knowingly").contains("Mine");
    }

    @Test
    void aVersionDeployedMeanwhileIsNotUndoneUnnoticed() throws Exception {
        List<ModelFile> baseline = versions.baseline();
        String myBase = basedOn(html(mvc.perform(get("/modeler/edit").param("file", FORM).with(as("lead", "lead")))
                .andReturn()));
        try {
            mvc.perform(post("/modeler/edit").param("file", FORM).param("action", "deploy")
                            .param("content", versions.live(FORM).content().replace("What has been agreed", "Theirs"))
                            .param("comment", "Plainer wording").with(as("lead2", "lead")).with(csrf()))
                    .andExpect(redirectedUrl("/modeler"));

            Document refused = html(mvc.perform(post("/modeler/edit").param("file", FORM).param("action", "deploy")
                            .param("content", versions.live(FORM).content().replace("Theirs", "Mine"))
                            .param("comment", "My wording").param("basedOn", myBase)
                            .with(as("lead", "lead")).with(csrf()))
                    .andExpect(status().isConflict()).andReturn());

            assertThat(refused.select(".lotus-problems li").text())
                    .contains("While you were editing, " + FORM + " changed: the pathway was last deployed by lead2");
            assertThat(versions.live(FORM).content()).contains("Theirs");
        } finally {
            versions.restore(baseline);
        }
    }

    @Test
    void aDeploymentClearsOnlyTheDraftsItTook() {
        String deployed = versions.live(FORM).content().replace("What has been agreed", "Deployed");
        drafts.save(new ModelFile(FORM, deployed), "lead");
        drafts.discardIfDeployed(new ModelFile(FORM, deployed));
        assertThat(drafts.of(FORM)).isEmpty();

        drafts.save(new ModelFile(FORM, deployed.replace("Deployed", "Saved again since")), "lead2");
        drafts.discardIfDeployed(new ModelFile(FORM, deployed));
        assertThat(drafts.of(FORM)).as("saved again after the deployment read it").isPresent();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder saveDraft(String content,
            String basedOn) {
        return post("/modeler/edit").param("file", FORM).param("content", content).param("action", "draft")
                .param("basedOn", basedOn).with(csrf());
    }

    private static String basedOn(Document editor) {
        String base = editor.select("form#model-form input[name=basedOn]").val();
        assertThat(base).as("the editor says what it started from").isNotBlank();
        return base;
    }

    @Test
    void aDraftInTheWrongFolderIsRefusedWithTheReason() throws Exception {
        String bpmn = versions.live("processes/concern-pathway.bpmn").content();

        Document page = html(mvc.perform(post("/modeler/edit").param("file", "forms/x.bpmn").param("content", bpmn)
                        .param("action", "draft").with(as("lead", "lead")).with(csrf()))
                .andExpect(status().is(422)).andReturn());

        assertThat(page.select(".lotus-problems li").text()).contains("forms/x.bpmn", "diagrams and decision tables go in processes/");
        assertThat(drafts.all()).isEmpty();
    }

    /**
     * The editor posts multipart, with the model as a file part: plain form posts are held to 1 MB,
     * and a model may be up to 2 MB.
     */
    @Test
    void theEditorPostsItsModelAsAnUploadSoAModelOverOneMegabyteIsSaved() throws Exception {
        Document editor = html(mvc.perform(get("/modeler/edit").param("file", FORM).with(as("lead", "lead"))).andReturn());
        assertThat(editor.select("form#model-form").attr("enctype")).isEqualTo("multipart/form-data");

        String large = versions.live(FORM).content().replace("What has been agreed",
                "What has been agreed" + " ".repeat(1536 * 1024));
        mvc.perform(post("/modeler/edit").contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                        .content("file=" + java.net.URLEncoder.encode(FORM, java.nio.charset.StandardCharsets.UTF_8)
                                + "&action=draft&content=" + java.net.URLEncoder.encode(large, java.nio.charset.StandardCharsets.UTF_8))
                        .with(as("lead", "lead")).with(csrf()))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/modeler/edit")
                        .file(new org.springframework.mock.web.MockMultipartFile("contentFile", "content",
                                "application/octet-stream", large.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("file", FORM).param("action", "draft").with(as("lead", "lead")).with(csrf()))
                .andExpect(redirectedUrl("/modeler/edit?file=forms%2Flocal-resolution.form"));

        assertThat(drafts.of(FORM)).hasValueSatisfying(draft -> assertThat(draft.file().content()).isEqualTo(large));
    }

    @Test
    void anUnknownProcessHasNoCasesToMove() throws Exception {
        mvc.perform(get("/modeler/migrations").param("process", "no-such-process").with(as("lead", "lead")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/modeler/migrations").param("process", "no-such-process").with(as("lead", "lead")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void checkingListsEveryProblemAndDeploysNothing() throws Exception {
        String broken = versions.live("processes/concern-pathway.bpmn").content()
                .replace("camunda:formRef=\"triage-concern\"", "camunda:formRef=\"triage-concern-v2\"");

        Document page = html(mvc.perform(post("/modeler/edit").param("file", "processes/concern-pathway.bpmn")
                        .param("content", broken).param("action", "check").with(as("lead", "lead")).with(csrf()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".lotus-problems li").text()).contains("Task_TriageConcern",
                "The form triage-concern-v2 does not exist");
        assertThat(page.select("#model-source").text()).contains("triage-concern-v2");
        assertThat(page.select("#editor-caption").text()).as("the page shows the lead's edit, not the live version")
                .isEqualTo("Your draft (not yet deployed)");

        Document fine = html(mvc.perform(post("/modeler/edit").param("file", FORM)
                        .param("content", versions.live(FORM).content()).param("action", "check")
                        .with(as("lead", "lead")).with(csrf())).andReturn());
        assertThat(fine.select(".lotus-checks-passed").text()).contains("No problems found");
    }

    /** Issue 18: before deploying a new triage table, the lead sees which triages it would decide differently. */
    @Test
    void checkingATableShowsWhatWouldChangeForTriage() throws Exception {
        String table = "processes/triage-risk.dmn";
        String lowered = versions.live(table).content().replace("<text>&gt;= 15</text>", "<text>&gt;= 12</text>");

        Document page = html(mvc.perform(post("/modeler/edit").param("file", table).param("content", lowered)
                .param("action", "check").with(as("lead", "lead")).with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".lotus-checks-passed").text()).contains("No problems found");
        assertThat(page.select(".lotus-what-would-change p").text()).contains("6 combination(s) of the triage answers");
        assertThat(page.select(".lotus-what-would-change tbody tr")).hasSize(6).first().satisfies(row -> assertThat(row.text())
                .contains("likelihood 3, impact 4, immediateRisk false, previousConcerns false, insight FULL",
                        "riskBand MODERATE, route INVESTIGATION", "riskBand HIGH, route URGENT_PANEL"));

        Document unchanged = html(mvc.perform(post("/modeler/edit").param("file", table).param("content", versions.live(table).content())
                .param("action", "check").with(as("lead", "lead")).with(csrf())).andReturn());
        assertThat(unchanged.select(".lotus-what-would-change").text()).contains("No triage would get another risk band or route");
    }

    @Test
    void deployingWithoutAReasonIsRefused() throws Exception {
        mvc.perform(post("/modeler/edit").param("file", FORM).param("content", versions.live(FORM).content())
                        .param("action", "deploy").param("comment", " ").with(as("lead", "lead")).with(csrf()))
                .andExpect(status().is(422));
    }

    @Test
    void everyVersionIsListedAndItsFilesDownload() throws Exception {
        Document home = html(mvc.perform(get("/modeler").with(as("lead", "lead"))).andReturn());
        assertThat(home.select("#versions ~ .nhsuk-card").first().text()).contains("(live)");

        String download = home.select("a:contains(Download processes/concern-pathway.bpmn)").first().attr("href");
        mvc.perform(get(download).with(as("lead", "lead"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("concern-pathway.bpmn")));
        mvc.perform(get("/modeler/versions/no-such-version/file").param("name", "processes/concern-pathway.bpmn")
                .with(as("lead", "lead"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyLeadsAndAdministratorsReachTheModeler() throws Exception {
        for (String url : List.of("/modeler", "/modeler/edit?file=" + FORM, "/modeler/migrations")) {
            mvc.perform(get(url).with(as("casemanager", "casemanager"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(as("ro", "ro"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/modeler/edit").param("file", FORM).param("content", "{}").param("action", "draft")
                .with(as("casemanager", "casemanager")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/modeler/edit").param("file", FORM).param("content", "{}").param("action", "draft")
                .with(as("lead", "lead"))).andExpect(refusedForWantOfCsrf());
        assertThat(drafts.all()).isEmpty();
        mvc.perform(get("/modeler/migrations").with(as("lead", "lead"))).andExpect(status().isOk());
    }
}
