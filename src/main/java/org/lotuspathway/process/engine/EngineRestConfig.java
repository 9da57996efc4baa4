package org.lotuspathway.process.engine;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API (/engine-rest) as Camunda's starter would set it up, with one change: its
 * three catch-all exception mappers, which answer 500 to much that was the request's fault, give
 * way to {@link EngineRestErrors}. Replacing them rather than adding a mapper beside them keeps the
 * choice out of Jersey's tie-breaking between mappers of the same exception type. The starter
 * builds its own configuration only when the application has none (ConditionalOnMissingBean).
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    private static final Set<Class<?>> REPLACED = Set.of(ProcessEngineExceptionHandler.class,
            RestExceptionHandler.class, ExceptionHandler.class);

    private final TaskService tasks;

    EngineRestConfig(@Lazy TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> !REPLACED.contains(type)).collect(Collectors.toSet()));
        register(JacksonFeature.class);
        register(new EngineRestErrors(tasks));
    }
}
