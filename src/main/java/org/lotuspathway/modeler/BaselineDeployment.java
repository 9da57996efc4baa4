package org.lotuspathway.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as the pathway's baseline when the engine starts, under stable
 * names such as processes/concern-pathway.bpmn, and only when a file changed since the last
 * baseline: so a restart never undoes a newer version a lead deployed from the modeler.
 * (Camunda's own auto-deployment is off: it names resources by their path on disk.)
 */
@Component
class BaselineDeployment extends AbstractCamundaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BaselineDeployment.class);
    private static final List<String> PATTERNS = List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn",
            "classpath*:forms/*.form");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder baseline = engine.getRepositoryService().createDeployment()
                .name(PathwayFiles.BASELINE).source("processes/ and forms/").enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                    try (InputStream in = resource.getInputStream()) {
                        baseline.addInputStream(folder + resource.getFilename(), in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pathway's baseline files", e);
        }
        var deployment = baseline.deployWithResult();
        // With nothing changed, Camunda hands back the earlier deployment and no new definitions.
        boolean deployedNow = deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty();
        log.info("Pathway baseline: {}", deployedNow ? "deployed as " + deployment.getId() : "unchanged, nothing deployed");
    }
}
