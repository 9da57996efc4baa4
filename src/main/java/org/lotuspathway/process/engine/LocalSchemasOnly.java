package org.lotuspathway.process.engine;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Camunda's parsers read no schema from elsewhere, whatever a diagram or decision table names
 * ({@code xsi:schemaLocation}). Both validate a file against Camunda's schemas, which come from its
 * jars, and both let the XML parser fetch any other schema a file names, from any address, unless
 * JAXP's {@code javax.xml.accessExternalSchema} says otherwise: the BPMN parse reads that system
 * property itself and takes "all" when it is unset, and the DMN model parser's validator reads
 * JAXP's default, which is the same property. So: the property is set to {@value #PROTOCOLS} for the
 * whole JVM (nothing in the application fetches a schema from elsewhere), and the BPMN parse is told
 * the same directly. The modeler refuses such attributes from the text first (modeler/XmlIsSafe);
 * this is the engine's own line.
 */
final class LocalSchemasOnly {

    /**
     * Schemas only from the jars on the class path, where Camunda's own are. JAXP checks the protocol
     * inside a jar: address, so "file" for a jar on disk (jar:file:...) and "nested" for one inside
     * the packaged application (Spring Boot's jar:nested:...).
     */
    static final String PROTOCOLS = "file,jar,nested";
    private static final String PROPERTY = "javax.xml.accessExternalSchema";

    private LocalSchemasOnly() {
    }

    static void apply(ProcessEngineConfigurationImpl engine) {
        System.setProperty(PROPERTY, PROTOCOLS);
        engine.setBpmnParseFactory(LocalSchemaParse::new);
    }

    private static final class LocalSchemaParse extends BpmnParse {

        LocalSchemaParse(BpmnParser parser) {
            super(parser);
        }

        @Override
        protected String resolveAccessExternalSchemaProperty() {
            return PROTOCOLS;
        }
    }
}
