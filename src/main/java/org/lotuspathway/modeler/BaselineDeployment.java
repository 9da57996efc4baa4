package org.lotuspathway.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.process.engine.PathwayDeployments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as the pathway's baseline when the application starts (once every
 * component exists, before the web server takes requests and before the job executor runs), under
 * stable names such as processes/concern-pathway.bpmn, and only when a file changed since the last
 * baseline: so a restart never undoes a newer version a lead deployed from the modeler.
 * (Camunda's own auto-deployment is off: it names resources by their path on disk.)
 */
@Component
class BaselineDeployment implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BaselineDeployment.class);
    private static final List<String> PATTERNS = List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn",
            "classpath*:forms/*.form");

    private final PathwayDeployments deployments;

    BaselineDeployment(PathwayDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, String> files = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                    try (InputStream in = resource.getInputStream()) {
                        files.put(folder + resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pathway's baseline files", e);
        }
        PathwayDeployments.Deployed deployment = deployments.deploy(PathwayFiles.BASELINE, "processes/ and forms/",
                files, true);
        // With nothing changed, Camunda hands back the earlier deployment and no new definitions.
        log.info("Pathway baseline: {}", deployment.definitions().isEmpty() ? "unchanged, nothing deployed"
                : "deployed as " + deployment.deploymentId());
    }
}
