package org.lotuspathway.operations;

import org.lotuspathway.process.engine.PathwayInstances;
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

    private final PathwayInstances instances;

    EngineHealthIndicator(PathwayInstances instances) {
        super("The process engine is not answering");
        this.instances = instances;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up()
                .withDetail("name", instances.engineName())
                .withDetail("jobExecutor", instances.jobExecutorActive() ? "active" : "inactive")
                .withDetail("executableJobs", instances.executableJobs())
                .withDetail("failedJobs", instances.failedJobs());
    }
}
