package org.lotuspathway.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.lotuspathway.process.engine.EngineClock;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.BankHolidays;
import org.lotuspathway.process.Deadlines;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.WorkingCalendar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The same diagrams on a bare Camunda engine: a standalone engine (its own connection pool and
 * transactions, full history, UUID ids as the app uses) where every listener of ours is a no-op,
 * except that the risk band decision's result is handed to the gateway. Tasks are completed with
 * only the variables the decision and gateways need.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** With {@code wrap} around the engine's pool of connections (the profile counts statements through it). */
    static BareEngine on(String jdbcUrl, String user, String password, UnaryOperator<DataSource> wrap)
            throws IOException {
        String driver = jdbcUrl.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver";
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bare")
                .setDataSource(wrap.apply(new PooledDataSource(driver, jdbcUrl, user, password)))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(new HashMap<>(beans()));
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : new String[] {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn",
                "classpath*:forms/*.form"}) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(resource.getFilename(), in);
                }
            }
        }
        deployment.deploy();
        return new BareEngine(engine);
    }

    /** A case walked from receipt to closure on the low-risk path: four tasks and the decision. */
    void walk(String businessKey, Consumer<String> step) {
        step.accept("raise");
        String instance = engine.getRuntimeService().startProcessInstanceByKey(ConcernPathway.ID, businessKey).getId();
        complete(instance, ConcernPathway.TASK_TRIAGE_CONCERN, step, Map.of(ConcernPathway.VAR_LIKELIHOOD, 1,
                ConcernPathway.VAR_IMPACT, 2, ConcernPathway.VAR_IMMEDIATE_RISK, false,
                ConcernPathway.VAR_PREVIOUS_CONCERNS, false, ConcernPathway.VAR_INSIGHT, "FULL",
                ConcernPathway.VAR_WELLBEING_CONCERN, false));
        complete(instance, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, step, Map.of());
        complete(instance, ConcernPathway.TASK_REVIEW_LESSONS, step, Map.of());
        complete(instance, ConcernPathway.TASK_CLOSE_CASE, step, Map.of());
        step.accept(null);
    }

    private void complete(String instance, String taskKey, Consumer<String> step, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        step.accept(taskKey);
        tasks.claim(task.getId(), "casemanager");
        tasks.complete(task.getId(), variables);
    }

    @Override
    public void close() {
        engine.close();
    }

    private static Map<String, Object> beans() {
        TaskListener nothing = task -> { };
        ExecutionListener riskBandToGateway = BareEngine::riskBandToGateway;
        Map<String, Object> beans = new HashMap<>();
        for (String listener : new String[] {"recordTriage", "recordCaseStep", "recordCheckIn", "recordClosure",
                "recordLessonsReview", "recordPanelDiscussion", "recordPractitionerUpdate"}) {
            beans.put(listener, nothing);
        }
        beans.put("recordRiskBand", riskBandToGateway);
        beans.put("deadlines", new Deadlines(new EngineClock(), WorkingCalendar.of(BankHolidays.ENGLAND_AND_WALES)));
        beans.put("checkInSchedule", new CheckInEvery14Days());
        return beans;
    }

    private static void riskBandToGateway(DelegateExecution execution) {
        Map<?, ?> outcome = (Map<?, ?>) execution.getVariable(ConcernPathway.VAR_TRIAGE_OUTCOME);
        execution.removeVariable(ConcernPathway.VAR_TRIAGE_OUTCOME);
        execution.setVariable(ConcernPathway.VAR_RISK_BAND, outcome.get(ConcernPathway.VAR_RISK_BAND));
        execution.setVariable(ConcernPathway.VAR_ROUTE, outcome.get(ConcernPathway.VAR_ROUTE));
    }
}
