package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.modeler.ModelDeployments;
import org.lotuspathway.modeler.ModelFile;
import org.lotuspathway.modeler.PathwayFiles;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.lotuspathway.support.TestClock;

/**
 * Cases live in the H2 file database: a restart finds each one where it was, and the version of
 * the pathway a lead deployed is still the live one (the baseline is redeployed only when changed).
 */
class RestartTests {

    @TempDir
    Path data;

    @Test
    void aCaseRaisedBeforeARestartIsAtTheSameStepAfterIt() {
        String key;
        try (ConfigurableApplicationContext first = start()) {
            key = first.getBean(ConcernIntake.class)
                    .raise(PathwayDriver.concernAbout("Dr Restart", "7777777"), "casemanager").businessKey();
            TaskService tasks = first.getBean(TaskService.class);
            Task triage = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
            Map<String, Object> answers = new java.util.HashMap<>(FormAnswers.valid("triage-concern", TestClock.today()));
            answers.putAll(PathwayDriver.triage(3, 3));
            tasks.complete(triage.getId(), answers);
            deployARenamedTriage(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            Concern concern = second.getBean(ConcernRepository.class).findByBusinessKey(key).orElseThrow();
            assertThat(concern.stage()).isEqualTo(Stage.INVESTIGATION);
            assertThat(concern.riskBand()).contains(RiskBand.MODERATE);
            Task waiting = second.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(key).singleResult();
            assertThat(waiting.getTaskDefinitionKey()).isEqualTo(ConcernPathway.TASK_GATHER_INFORMATION);

            RepositoryService repository = second.getBean(RepositoryService.class);
            var live = repository.createProcessDefinitionQuery().processDefinitionKey(ConcernPathway.ID)
                    .latestVersion().singleResult();
            assertThat(((UserTask) repository.getBpmnModelInstance(live.getId())
                    .getModelElementById(ConcernPathway.TASK_TRIAGE_CONCERN)).getName()).isEqualTo("Triage, kindly");
        }
    }

    private static void deployARenamedTriage(ConfigurableApplicationContext app) {
        ModelFile pathway = app.getBean(PathwayFiles.class).liveFiles().stream()
                .filter(file -> file.name().equals("processes/concern-pathway.bpmn")).findFirst().orElseThrow();
        ModelFile renamed = new ModelFile(pathway.name(),
                pathway.content().replace("name=\"Triage the concern\"", "name=\"Triage, kindly\""));
        var outcome = app.getBean(ModelDeployments.class).deploy(List.of(renamed), "A kinder name", "lead");
        assertThat(outcome.problems()).isEmpty();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LotusPathwayApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("lotus") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                // Camunda's webapps keep static state that a second application would overwrite
                // and, on closing, clear for the shared test application too.
                "--camunda.bpm.webapp.enabled=false",
                // an engine of its own name, so that closing it leaves the shared application's
                // engine registered as "default", where /engine-rest looks for it
                "--camunda.bpm.process-engine-name=restart");
    }
}
