package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Cases live in the H2 file database: a restart finds each one where it was. */
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
            Map<String, Object> answers = new java.util.HashMap<>(FormAnswers.valid("triage-concern", java.time.LocalDate.now()));
            answers.putAll(PathwayDriver.triage(3, 3));
            tasks.complete(triage.getId(), answers);
        }

        try (ConfigurableApplicationContext second = start()) {
            Concern concern = second.getBean(ConcernRepository.class).findByBusinessKey(key).orElseThrow();
            assertThat(concern.stage()).isEqualTo(Stage.INVESTIGATION);
            assertThat(concern.riskBand()).contains(RiskBand.MODERATE);
            Task waiting = second.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(key).singleResult();
            assertThat(waiting.getTaskDefinitionKey()).isEqualTo(ConcernPathway.TASK_GATHER_INFORMATION);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LotusPathwayApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("lotus") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
    }
}
