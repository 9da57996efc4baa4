package org.lotuspathway.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.forms.FormSchema;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Everything a set of files must pass before it is deployed. Each problem names its file and
 * element and says what is wrong in plain words; nothing is deployed while any remains.
 */
@Component
public class DeploymentChecks {

    /** The largest file a lead may deploy; the pathway's own diagram is about 40 KB. */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** The longest validate.pattern a form may give: the server matches answers against it. */
    static final int MAX_PATTERN_LENGTH = 200;

    /** The names FEEL goes by in Camunda's DMN engine; any other language (JUEL, scripts) is refused. */
    private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

    /** Attributes naming a Java class the engine would load and run, on any element, in any namespace. */
    private static final Set<String> JAVA_CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    /** Attributes naming a bean the engine would call: only the pathway's own delegates. */
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Camunda's DMN engine on its own, to parse a table without deploying it. */
    private static final DmnEngine DMN_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final ProcessEngineConfigurationImpl engine;
    private final RepositoryService repository;
    private final ExpressionRules expressions;

    DeploymentChecks(ProcessEngineConfigurationImpl engine, RepositoryService repository, ListableBeanFactory beans) {
        this.engine = engine;
        this.repository = repository;
        this.expressions = new ExpressionRules(beans::containsBean);
    }

    /** Checks a complete set: the files a deployment would hold. */
    public List<Problem> check(List<ModelFile> files) {
        List<Problem> problems = new ArrayList<>();
        Map<ModelFile, Document> diagrams = new java.util.LinkedHashMap<>();
        Set<String> formIds = new HashSet<>();
        Set<String> decisionIds = new HashSet<>();
        Set<String> processIds = new HashSet<>();
        for (ModelFile file : files) {
            java.util.Optional<String> badName = ModelerNames.problemWith(file.name());
            if (badName.isPresent()) {
                problems.add(Problem.of(file, badName.get()));
            } else if (file.size() > MAX_FILE_BYTES) {
                problems.add(Problem.of(file, "The file is " + file.size() / 1024 / 1024
                        + " MB; the largest allowed is " + MAX_FILE_BYTES / 1024 / 1024 + " MB"));
            } else if (file.kind() == ModelFile.Kind.FORM) {
                checkForm(file, problems).ifPresent(formIds::add);
            } else {
                Document xml = parse(file, problems);
                if (xml != null) {
                    diagrams.put(file, xml);
                    checkScriptsAndExpressions(file, xml, problems);
                    if (file.kind() == ModelFile.Kind.DMN) {
                        decisionIds.addAll(ids(xml, "decision"));
                    } else {
                        processIds.addAll(ids(xml, "process"));
                    }
                }
            }
        }
        diagrams.forEach((file, xml) -> {
            if (file.kind() == ModelFile.Kind.BPMN) {
                checkPathwayRules(file, xml, formIds, decisionIds, processIds, problems);
                ModellingRules.check(file, xml, problems);
                engineAccepts(file, problems);
            } else {
                decisionEngineAccepts(file, problems);
                for (Element decision : Dom.byName(xml, Dom.DMN, "decision")) {
                    if (decision.getAttributeNS(Dom.CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
                        problems.add(Problem.of(file, Dom.idOf(decision), "Set how long history is kept (historyTimeToLive)"));
                    }
                }
            }
        });
        return problems;
    }

    private static Document parse(ModelFile file, List<Problem> problems) {
        try {
            return SafeXml.parse(file.content());
        } catch (Exception e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "The file declares a DOCTYPE (entities), which is never allowed: it could read files from the server or exhaust its memory"
                    : "The file is not well-formed XML: " + e.getMessage();
            problems.add(Problem.of(file, reason));
            return null;
        }
    }

    private java.util.Optional<String> checkForm(ModelFile file, List<Problem> problems) {
        try {
            JsonNode definition = JSON.readTree(file.content());
            FormSchema form = FormSchema.parse(definition);
            checkFormComponents(file, definition.path("components"), problems);
            checkNoFeel(file, definition, "", null, problems);
            if (form.id() == null || form.id().isBlank()) {
                problems.add(Problem.of(file, "The form has no id; tasks refer to forms by id"));
                return java.util.Optional.empty();
            }
            if (!form.id().equals(file.id())) {
                problems.add(Problem.of(file, "The form's id is " + form.id() + " but its file is " + file.fileName()
                        + "; keep them the same"));
            }
            return java.util.Optional.of(form.id());
        } catch (JsonProcessingException e) {
            problems.add(Problem.of(file, "The form is not valid JSON: " + e.getOriginalMessage()));
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(file, e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    /** Each field's pattern must be a regular expression the server can match answers against, and short. */
    private static void checkFormComponents(ModelFile file, JsonNode components, List<Problem> problems) {
        for (JsonNode component : components) {
            JsonNode pattern = component.path("validate").path("pattern");
            if (pattern.isTextual()) {
                String id = componentId(component);
                if (pattern.asText().length() > MAX_PATTERN_LENGTH) {
                    problems.add(Problem.of(file, id, "The pattern is " + pattern.asText().length()
                            + " characters long; keep it to " + MAX_PATTERN_LENGTH));
                } else {
                    try {
                        Pattern.compile(pattern.asText());
                    } catch (PatternSyntaxException e) {
                        problems.add(Problem.of(file, id, "The pattern " + pattern.asText()
                                + " is not a valid regular expression: " + e.getDescription()));
                    }
                }
            }
            checkFormComponents(file, component.path("components"), problems);
        }
    }

    /**
     * form-js reads a value starting with "=" as a FEEL expression (conditional.hide, valuesExpression
     * and the like). The server validates answers without evaluating FEEL, so such a form would be
     * checked differently from how it is shown: refused.
     */
    private static void checkNoFeel(ModelFile file, JsonNode node, String path, String componentId,
            List<Problem> problems) {
        if (node.isTextual() && node.asText().strip().startsWith("=")) {
            problems.add(Problem.of(file, componentId, "The property " + path + " is a FEEL expression (it starts with"
                    + " =), which forms here may not use: the server could not check answers the same way"));
        } else if (node.isObject()) {
            String id = node.has("type") ? componentId(node) : componentId;
            node.fields().forEachRemaining(entry -> checkNoFeel(file, entry.getValue(),
                    path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), id, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNoFeel(file, node.get(i), path + "[" + i + "]", componentId, problems);
            }
        }
    }

    private static String componentId(JsonNode component) {
        return component.path("id").asText(component.path("key").asText(null));
    }

    /**
     * No scripts, no Java classes, no connectors; every expression of the allowed kinds. Camunda reads
     * Activiti's namespace as its own, and listener elements take class, expression and
     * delegateExpression without a prefix, so these rules look at the local name wherever the
     * engine would.
     */
    private void checkScriptsAndExpressions(ModelFile file, Document xml, List<Problem> problems) {
        for (Element element : Dom.all(xml)) {
            String id = Dom.idOf(element);
            String local = element.getLocalName();
            boolean extension = Dom.isCamunda(element.getNamespaceURI())
                    || Dom.CAMUNDA_DMN.equals(element.getNamespaceURI());
            if ("scriptTask".equals(local)) {
                problems.add(Problem.of(file, id, "Script tasks are not allowed: they would run code on the server"));
            }
            if ("script".equals(local) && extension) {
                problems.add(Problem.of(file, id, "Scripts in listeners or parameters are not allowed: they would run code on the server"));
            }
            if ("connector".equals(local) && extension) {
                problems.add(Problem.of(file, id, "Connectors are not allowed: they would call other systems from the server"));
            }
            if ("constraint".equals(local) && extension && "validator".equals(element.getAttribute("name"))) {
                problems.add(Problem.of(file, id, "Custom validators are not allowed: they would run any Java class"));
            }
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                var attribute = element.getAttributes().item(i);
                String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
                String value = attribute.getNodeValue();
                boolean camunda = extension || Dom.isCamunda(attribute.getNamespaceURI());
                if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                    continue;
                }
                if (JAVA_CLASS_ATTRIBUTES.contains(name)) {
                    String where = attribute.getPrefix() == null ? " on " + element.getNodeName() : "";
                    problems.add(Problem.of(file, id, attribute.getNodeName() + where
                            + " is not allowed: it would run any Java class"));
                } else if ("scriptFormat".equals(name) || "resource".equals(name) && camunda) {
                    problems.add(Problem.of(file, id, "Scripts are not allowed: they would run code on the server"));
                } else if ("language".equals(name)) {
                    problems.add(Problem.of(file, id, "An expression in the language " + value
                            + " is a script, which is not allowed: write a plain ${...} expression"));
                } else if ("expressionLanguage".equals(name) && !FEEL.contains(value)) {
                    problems.add(Problem.of(file, id, "The expression language " + value + " is not allowed; use FEEL"));
                } else if (DELEGATE_ATTRIBUTES.contains(name) && !isDelegateBean(value)) {
                    problems.add(Problem.of(file, id, "The delegate " + value + " is not one of the pathway's own ("
                            + String.join(", ", new java.util.TreeSet<>(ExpressionRules.DELEGATE_BEANS)) + ")"));
                } else {
                    expressions.problemIn(value).ifPresent(problem -> problems.add(Problem.of(file, id, problem)));
                }
            }
            if (!"documentation".equals(local) && !"text".equals(local) && !"description".equals(local)) {
                String text = Dom.ownText(element);
                expressions.problemIn(text).ifPresent(problem -> problems.add(Problem.of(file, id, problem)));
                if (file.kind() == ModelFile.Kind.DMN && FeelRules.callsJava(text)) {
                    problems.add(Problem.of(file, id, "FEEL here may not call Java (external functions)"));
                }
            }
            if (file.kind() == ModelFile.Kind.DMN && "text".equals(local) && FeelRules.callsJava(Dom.ownText(element))) {
                problems.add(Problem.of(file, id, "FEEL here may not call Java (external functions)"));
            }
        }
    }

    private static boolean isDelegateBean(String value) {
        return value.startsWith("${") && value.endsWith("}")
                && ExpressionRules.DELEGATE_BEANS.contains(value.substring(2, value.length() - 1).strip());
    }

    private void checkPathwayRules(ModelFile file, Document xml, Set<String> formIds, Set<String> decisionIds,
            Set<String> processIds, List<Problem> problems) {
        for (Element process : Dom.byName(xml, Dom.BPMN, "process")) {
            if ("true".equals(process.getAttribute("isExecutable"))
                    && Dom.camundaAttribute(process, "historyTimeToLive").isBlank()) {
                problems.add(Problem.of(file, Dom.idOf(process), "Set how long history is kept (historyTimeToLive)"));
            }
        }
        for (Element task : Dom.byName(xml, Dom.BPMN, "userTask")) {
            String id = Dom.idOf(task);
            if (Dom.camundaAttribute(task, "candidateGroups").isBlank() && Dom.camundaAttribute(task, "assignee").isBlank()
                    && Dom.camundaAttribute(task, "candidateUsers").isBlank()) {
                problems.add(Problem.of(file, id, "Say which group does this task (candidate groups)"));
            }
            String formRef = Dom.camundaAttribute(task, "formRef");
            if (formRef.isBlank()) {
                problems.add(Problem.of(file, id, "Give the task a form (a form reference)"));
            } else if (!formIds.contains(formRef)) {
                problems.add(Problem.of(file, id, "The form " + formRef + " does not exist"));
            }
            String stage = Dom.extensionProperty(task, "stage");
            if (stage != null && java.util.Arrays.stream(Stage.values()).noneMatch(s -> s.name().equals(stage))) {
                problems.add(Problem.of(file, id, "The stage " + stage + " is not one of "
                        + java.util.Arrays.toString(Stage.values())));
            }
        }
        for (Element rule : Dom.byName(xml, Dom.BPMN, "businessRuleTask")) {
            String decision = Dom.camundaAttribute(rule, "decisionRef");
            if (decision.isBlank()) {
                problems.add(Problem.of(file, Dom.idOf(rule), "Say which decision table this rule uses"));
            } else if (!decisionIds.contains(decision)
                    && repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count() == 0) {
                problems.add(Problem.of(file, Dom.idOf(rule), "The decision " + decision + " does not exist"));
            }
        }
        for (Element call : Dom.byName(xml, Dom.BPMN, "callActivity")) {
            String called = call.getAttribute("calledElement");
            if (!processIds.contains(called)
                    && repository.createProcessDefinitionQuery().processDefinitionKey(called).count() == 0) {
                problems.add(Problem.of(file, Dom.idOf(call), "The process " + called + " does not exist"));
            }
        }
    }

    /**
     * Camunda's own parser and validation, without deploying anything; in a transaction of its own,
     * so that a refusal does not mark the caller's transaction for rollback.
     */
    private void engineAccepts(ModelFile file, List<Problem> problems) {
        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> {
                BpmnParser parser = new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory());
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("check");
                parser.createParse().sourceString(file.content()).deployment(deployment).name(file.name()).execute();
                return null;
            });
        } catch (ParseException e) {
            for (ResourceReport report : e.getResorceReports()) {
                report.getErrors().forEach(error -> problems.add(Problem.of(file, error.getMainElementId(),
                        "Camunda cannot run this: " + error.getMessage())));
            }
        } catch (RuntimeException e) {
            problems.add(Problem.of(file, "Camunda cannot read this diagram: " + e.getMessage()));
        }
    }

    private void decisionEngineAccepts(ModelFile file, List<Problem> problems) {
        try {
            DMN_ENGINE.parseDecisions(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            problems.add(Problem.of(file, "Camunda cannot read this decision table: " + e.getMessage()));
        }
    }

    private static Set<String> ids(Document xml, String localName) {
        Set<String> ids = new HashSet<>();
        for (Element element : Dom.all(xml)) {
            if (localName.equals(element.getLocalName()) && !element.getAttribute("id").isBlank()) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }
}
