package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A lead improves the pathway in the browser: the real editor, the real checks, the real engine. */
@PathwayTest
class ModelerBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    PathwayVersions versions;
    @Autowired
    RepositoryService repository;

    Browser browser;
    List<ModelFile> baseline;

    @BeforeEach
    void openBrowser() {
        baseline = versions.baseline();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowserAndPutTheBaselineBack() {
        try {
            browser.close();
        } finally {
            versions.restore(baseline);
        }
    }

    @Test
    void aLeadRenamesATaskDeploysAndTheNewVersionIsLive() throws Exception {
        browser.signIn("lead");
        browser.open("/modeler");
        browser.driver().findElement(By.xpath("//tr[td[text()='processes/concern-pathway.bpmn']]//a")).click();
        browser.waitForPresence(By.cssSelector("body.lotus-editor-ready"));

        // Select the task as a click on the canvas would, then rename it in the properties panel.
        browser.driver().executeScript("""
                const modeler = window.lotusEditor;
                modeler.get('selection').select(modeler.get('elementRegistry').get('Task_TriageConcern'));
                """);
        WebElement general = browser.waitFor(By.cssSelector("[data-group-id='group-general'] .bio-properties-panel-group-header"));
        if (browser.driver().findElements(By.cssSelector("#bio-properties-panel-name")).stream().noneMatch(WebElement::isDisplayed)) {
            general.click();
        }
        WebElement name = browser.waitFor(By.cssSelector("#bio-properties-panel-name"));
        name.clear();
        name.sendKeys("Triage the concern with care");
        browser.screenshot("modeler");
        browser.type("comment", "A kinder name for triage");
        browser.press("Deploy as a new version");

        assertThat(browser.text()).contains("Deployed: concern-pathway version");
        var live = repository.createProcessDefinitionQuery().processDefinitionKey(ConcernPathway.ID).latestVersion().singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(live.getId());
        assertThat(((UserTask) model.getModelElementById(ConcernPathway.TASK_TRIAGE_CONCERN)).getName())
                .isEqualTo("Triage the concern with care");
        assertThat(browser.text()).contains("renamed Task_TriageConcern from \"Triage the concern\" to \"Triage the concern with care\"",
                "A kinder name for triage");
    }

    /**
     * Issue 18: at a 1280 px window each editor has a canvas wider than 900 px that nothing covers,
     * the page never scrolls sideways, the console shows no error (no style refused by the
     * Content-Security-Policy), the header says when the page shows unsaved edits, and the editor
     * goes full screen and back.
     */
    @Test
    void theEditorsHaveRoomToWorkAndLogNoErrors() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn("lead");
        browser.consoleErrors();
        for (String file : List.of("processes/concern-pathway.bpmn", "processes/triage-risk.dmn", "forms/triage-concern.form")) {
            browser.open("/modeler/edit?file=" + file);
            browser.waitForPresence(By.cssSelector("body.lotus-editor-ready"));

            assertThat(number("return document.getElementById('editor-canvas').getBoundingClientRect().width")).as(file)
                    .isGreaterThan(900);
            assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).as(file)
                    .isZero();
            assertThat(browser.driver().findElement(By.id("editor-caption")).getText()).as(file).isEqualTo("The live version");
            if (file.endsWith(".dmn")) {
                // The input column's editor holds a FEEL editor (CodeMirror), which writes a style element
                browser.driver().executeScript("document.querySelector(\"th[data-col-id='Input_RiskScore'] .edit-button\").click()");
                browser.waitForPresence(By.cssSelector(".cm-editor"));
            }
            assertThat(browser.consoleErrors()).as(file).isEmpty();
        }

        browser.open("/modeler/edit?file=processes/concern-pathway.bpmn");
        browser.waitForPresence(By.cssSelector("body.lotus-editor-ready"));
        assertThat(number("""
                const covers = [...document.querySelectorAll('.djs-palette, .djs-minimap .toggle')]
                    .map((tool) => tool.getBoundingClientRect()).filter((tool) => tool.width > 0);
                const shapes = [...document.querySelectorAll('.djs-shape .djs-visual')].map((shape) => shape.getBoundingClientRect());
                return shapes.filter((shape) => covers.some((tool) => shape.left < tool.right && tool.left < shape.right
                    && shape.top < tool.bottom && tool.top < shape.bottom)).length;""")).as("shapes under the palette or minimap")
                .isZero();

        browser.driver().executeScript("""
                const modeler = window.lotusEditor;
                modeler.get('modeling').updateLabel(modeler.get('elementRegistry').get('Task_TriageConcern'), 'Triage with care');""");
        assertThat(browser.driver().findElement(By.id("editor-caption")).getText()).isEqualTo("Your draft (not yet deployed)");

        long canvasHeight = number("return document.getElementById('editor-canvas').getBoundingClientRect().height");
        browser.driver().findElement(By.id("editor-full-screen")).click();
        assertThat(number("const frame = document.getElementById('editor-frame').getBoundingClientRect();"
                + " return frame.top === 0 && frame.left === 0 && frame.width === window.innerWidth"
                + " && frame.height === window.innerHeight ? 1 : 0")).as("the editor fills the window").isOne();
        assertThat(number("return document.getElementById('editor-canvas').getBoundingClientRect().height")).isGreaterThan(canvasHeight);
        assertThat(browser.driver().findElement(By.id("editor-full-screen")).getText()).isEqualTo("Leave full screen");
        browser.driver().findElement(By.id("editor-full-screen")).click();
        assertThat(browser.driver().findElement(By.id("editor-full-screen")).getText()).isEqualTo("Full screen");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private long number(String script) {
        return ((Number) browser.driver().executeScript(script)).longValue();
    }

    @Test
    void aScriptTaskIsRefusedOnThePageAndNothingIsDeployed() {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        browser.signIn("lead");
        browser.open("/modeler/edit?file=processes/concern-pathway.bpmn");
        browser.waitForPresence(By.cssSelector("body.lotus-editor-ready"));

        browser.driver().executeScript("""
                const modeler = window.lotusEditor;
                const task = modeler.get('elementRegistry').get('Task_GatherInformation');
                modeler.get('bpmnReplace').replaceElement(task, { type: 'bpmn:ScriptTask' });
                """);
        browser.type("comment", "Automate the investigation");
        browser.press("Deploy as a new version");

        assertThat(browser.heading()).isEqualTo("Edit processes/concern-pathway.bpmn");
        assertThat(browser.driver().findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Not deployed", "Task_GatherInformation", "Script tasks are not allowed");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }
}
