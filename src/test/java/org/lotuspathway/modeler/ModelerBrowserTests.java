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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A lead improves the pathway in the browser: the real editor, the real checks, the real engine. */
@PathwayTest
@Import(PathwayVersions.class)
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
        browser.close();
        versions.restore(baseline);
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
