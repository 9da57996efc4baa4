package org.lotuspathway.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * "engine" in /actuator/health: up when the process engine answers a query on its own tables. The
 * job executor's state is a detail, not a reason to be down: it starts only once the app is ready,
 * and a node may run without one. Replaces Camunda's own indicators (management.health.camunda),
 * whose job executor check reports DOWN whenever the job executor is off.
 */
@Component
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;

    EngineHealthIndicator(ProcessEngine engine) {
        super("The process engine is not answering");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        ManagementService management = engine.getManagementService();
        long executable = management.createJobQuery().executable().count();
        long failed = management.createJobQuery().noRetriesLeft().count();
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        health.up()
                .withDetail("name", engine.getName())
                .withDetail("jobExecutor", jobExecutor != null && jobExecutor.isActive() ? "active" : "inactive")
                .withDetail("executableJobs", executable)
                .withDetail("failedJobs", failed);
    }
}
