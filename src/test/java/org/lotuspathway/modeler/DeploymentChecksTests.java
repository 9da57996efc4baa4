package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile and broken files are refused, each with its reason and element, and the engine's
 * deployments stay as they were.
 */
@PathwayTest
class DeploymentChecksTests {

    @Autowired
    ModelDeployments deployments;
    @Autowired
    PathwayVersions versions;
    @Autowired
    RepositoryService repository;

    @Test
    void theLivePathwayPassesEveryCheck() {
        assertThat(deployments.check(List.of())).isEmpty();
    }

    static List<Arguments> refusals() {
        return List.of(
                Arguments.of("script task that would run a command", HostileModels.SCRIPT_TASK, "Step_1", "Script tasks are not allowed"),
                Arguments.of("expression calling a Java class", HostileModels.JAVA_CLASS_EXPRESSION, "Step_1", "calls a method on a value"),
                Arguments.of("expression calling an engine service", HostileModels.BEAN_EXPRESSION, "Step_1", "historyService.deleteHistoricProcessInstances"),
                Arguments.of("camunda:class", HostileModels.JAVA_CLASS_DELEGATE, "Step_1", "camunda:class is not allowed"),
                Arguments.of("script listener", HostileModels.SCRIPT_LISTENER, "Step_1", "Scripts in listeners"),
                Arguments.of("external entity", HostileModels.EXTERNAL_ENTITY, null, "DOCTYPE"),
                Arguments.of("entity expansion bomb", HostileModels.ENTITY_BOMB, null, "DOCTYPE"),
                Arguments.of("missing form", HostileModels.MISSING_FORM, "Step_1", "The form no-such-form does not exist"),
                Arguments.of("missing decision", HostileModels.MISSING_DECISION, "Step_1", "The decision no-such-decision does not exist"),
                Arguments.of("task without a group", HostileModels.NO_GROUP, "Step_1", "Say which group does this task"),
                Arguments.of("task listener class", HostileModels.TASK_LISTENER_CLASS, "Step_1", "class on camunda:taskListener is not allowed"),
                Arguments.of("execution listener class", HostileModels.EXECUTION_LISTENER_CLASS, "Step_1", "class on camunda:executionListener is not allowed"),
                Arguments.of("activiti:class", HostileModels.ACTIVITI_CLASS, "Step_1", "activiti:class is not allowed"),
                Arguments.of("activiti:connector", HostileModels.ACTIVITI_CONNECTOR, "Step_1", "Connectors are not allowed"),
                Arguments.of("activiti:resource", HostileModels.ACTIVITI_SCRIPT_RESOURCE, "Step_1", "Scripts are not allowed"),
                Arguments.of("activiti listener expression", HostileModels.ACTIVITI_LISTENER_EXPRESSION, "Step_1", "runtimeService.deleteProcessInstance"),
                Arguments.of("activiti:formRef", HostileModels.ACTIVITI_FORM_REF, "Step_1", "The form no-such-form does not exist"),
                Arguments.of("camunda:variableMappingClass", HostileModels.VARIABLE_MAPPING_CLASS, "Step_1", "camunda:variableMappingClass is not allowed"),
                Arguments.of("camunda:variableMappingDelegateExpression", HostileModels.VARIABLE_MAPPING_DELEGATE, "Step_1", "The delegate ${someMapper} is not one of the pathway's own"),
                Arguments.of("validator constraint", HostileModels.VALIDATOR_CONSTRAINT, "answer", "Custom validators are not allowed"),
                Arguments.of("script condition", HostileModels.SCRIPT_CONDITION, "Flow_Script", "is a script, which is not allowed"),
                Arguments.of("shell task", HostileModels.shellTask("hostile-shell", "/tmp/x"), "Step_1", "camunda:type=\"shell\" is not allowed"),
                Arguments.of("mail task", HostileModels.MAIL_TASK, "Step_1", "camunda:type=\"mail\" is not allowed"),
                Arguments.of("activiti:type shell", HostileModels.ACTIVITI_SHELL_TASK, "Step_1", "activiti:type=\"shell\" is not allowed"),
                Arguments.of("start form handler class", HostileModels.START_FORM_HANDLER, "StartEvent_1",
                        "camunda:formHandlerClass is not allowed: it would run any Java class"),
                Arguments.of("any attribute ending in Class", HostileModels.ANY_CLASS_ATTRIBUTE, "Step_1", "camunda:resultMapperClass is not allowed"),
                Arguments.of("constraint not built in", HostileModels.UNKNOWN_CONSTRAINT, "answer", "The constraint matches is not one of Camunda's own"),
                Arguments.of("XInclude element", HostileModels.XINCLUDE, "Step_1", "XInclude (xi:include) is not allowed"),
                Arguments.of("XInclude namespace", HostileModels.XINCLUDE_NAMESPACE, "Step_1", "XInclude (bpmn:task) is not allowed"),
                Arguments.of("import", HostileModels.IMPORT, null, "Imports are not allowed"),
                Arguments.of("timer every second for ever", HostileModels.waitingFor("hostile-timer", "timeCycle", "R/PT1S"), "Step_1", "repeats for ever"),
                Arguments.of("daily timer for ever", HostileModels.waitingFor("hostile-daily", "timeCycle", "R/P1D"), "Step_1", "repeats for ever"),
                Arguments.of("counted timer every second", HostileModels.waitingFor("hostile-count", "timeCycle", "R5/PT1S"), "Step_1",
                        "more often than the shortest interval allowed, PT1H"),
                Arguments.of("short duration", HostileModels.waitingFor("hostile-duration", "timeDuration", "PT59M"), "Step_1",
                        "more often than the shortest interval allowed, PT1H"),
                Arguments.of("cron cycle", HostileModels.waitingFor("hostile-cron", "timeCycle", "0/5 * * * * ?"), "Step_1",
                        "must be a counted ISO 8601 cycle"),
                Arguments.of("cycle from a variable", HostileModels.waitingFor("hostile-cycle-variable", "timeCycle", "${cycle}"), "Step_1",
                        "must be a counted ISO 8601 cycle"),
                Arguments.of("date from a method call", HostileModels.waitingFor("hostile-date-call", "timeDate", "${dates.next()}"), "Step_1",
                        "must be an ISO 8601 date"),
                Arguments.of("form key to another site", HostileModels.EXTERNAL_FORM_KEY, "StartEvent_1",
                        "The form key https://example.org/form.html is not a form deployed with the pathway"),
                Arguments.of("embedded form key", HostileModels.EMBEDDED_FORM_KEY, "StartEvent_1", "is not a form deployed with the pathway"),
                Arguments.of("form key to a missing form", HostileModels.MISSING_DEPLOYED_FORM, "StartEvent_1",
                        "The form forms/no-such-form.form is not one of the pathway's forms"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"refusals", "org.lotuspathway.modeler.RunawayModels#refusals"})
    void isRefusedWithItsReasonAndNothingIsDeployed(String what, String xml, String elementId, String reason) {
        long deploymentsBefore = repository.createDeploymentQuery().count();

        ModelDeployments.Outcome outcome = deployments.deploy(
                List.of(new ModelFile("processes/hostile.bpmn", xml)), "Trying " + what, "lead");

        assertThat(outcome.deployed()).isFalse();
        assertThat(outcome.problems()).anySatisfy(problem -> {
            assertThat(problem.message()).contains(reason);
            assertThat(problem.file()).isEqualTo("processes/hostile.bpmn");
            if (elementId != null) {
                assertThat(problem.elementId()).isEqualTo(elementId);
            }
        });
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    /** Each thing the checks refuse has an allowed form, and a diagram using them all passes, the engine's parse too. */
    @Test
    void aDiagramWithinEveryBoundPasses() {
        String xml = HostileModels.startingWith("within-bounds",
                "camunda:formKey=\"camunda-forms:deployment:forms/local-resolution.form\"").replace("""
                <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>""", """
                <bpmn:serviceTask id="Step_1" name="Post the letter" camunda:type="external" camunda:topic="letters">
                  <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT1H</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_Wait</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="Flow_Wait" sourceRef="Step_1" targetRef="Wait_1" />
                <bpmn:intermediateCatchEvent id="Wait_1" name="Wait a day">
                  <bpmn:incoming>Flow_Wait</bpmn:incoming><bpmn:outgoing>Flow_Again</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="Timer_1"><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="Flow_Again" sourceRef="Wait_1" targetRef="Wait_2" />
                <bpmn:intermediateCatchEvent id="Wait_2" name="Wait for the deadline">
                  <bpmn:incoming>Flow_Again</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="Timer_2"><bpmn:timeDate>${deadlines.workingDays(2)}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""").replace("sourceRef=\"Step_1\" targetRef=\"EndEvent_1\"", "sourceRef=\"Wait_2\" targetRef=\"EndEvent_1\"");

        assertThat(deployments.check(List.of(new ModelFile("processes/within-bounds.bpmn", xml)))).isEmpty();
    }

    /** The allowed side of each bound of issue 13d: a loop that waits, a few instances, 30 deep, a timer in an event sub-process. */
    @Test
    void theAllowedSideOfEachBoundPasses() {
        String fewInstances = RunawayModels.repeated("few-instances", """
                <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>20</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>""");
        String eventSubProcess = HostileModels.process("reminding", """
                <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>
                <bpmn:subProcess id="Reminders" name="Reminders" triggeredByEvent="true">
                  <bpmn:startEvent id="Reminder_Due" name="Reminder due" isInterrupting="false"><bpmn:outgoing>Reminder_Flow</bpmn:outgoing>
                    <bpmn:timerEventDefinition id="Reminder_Timer"><bpmn:timeCycle>R3/P7D</bpmn:timeCycle></bpmn:timerEventDefinition>
                  </bpmn:startEvent>
                  <bpmn:sequenceFlow id="Reminder_Flow" sourceRef="Reminder_Due" targetRef="Reminder_End" />
                  <bpmn:endEvent id="Reminder_End"><bpmn:incoming>Reminder_Flow</bpmn:incoming></bpmn:endEvent>
                </bpmn:subProcess>""");

        for (String xml : List.of(RunawayModels.LOOP_THAT_WAITS, fewInstances, eventSubProcess, RunawayModels.nested(26),
                HostileModels.waitingFor("deadline-bounds", "timeDate", "${deadlines.hours(720)}"))) {
            assertThat(deployments.check(List.of(new ModelFile("processes/allowed.bpmn", xml)))).isEmpty();
        }
    }

    @Test
    void aTwentyMegabyteFileIsRefusedUnread() {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        String huge = HostileModels.process("huge", "<bpmn:task id=\"Step_1\"><bpmn:documentation>"
                + "x".repeat(20 * 1024 * 1024) + "</bpmn:documentation></bpmn:task>");

        ModelDeployments.Outcome outcome = deployments.deploy(List.of(new ModelFile("processes/huge.bpmn", huge)),
                "Too big", "lead");

        assertThat(outcome.problems()).extracting(Problem::message).anyMatch(m -> m.contains("the largest allowed is 2 MB"));
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void modellingRulesWorthALeadsAttention() {
        String live = versions.live("processes/concern-pathway.bpmn").content();
        String noDefault = live.replace("default=\"Flow_RouteHigh\"", "");
        String unnamed = live.replace("name=\"Low: local resolution\" ", "");
        String deadEnd = live.replace("<bpmn:outgoing>Flow_ToClosed</bpmn:outgoing>", "")
                .replaceAll("<bpmn:sequenceFlow id=\"Flow_ToClosed\"[^>]*/>", "");

        assertThat(deployments.check(List.of(new ModelFile("processes/concern-pathway.bpmn", noDefault))))
                .anySatisfy(p -> assertThat(p.elementId()).isEqualTo("Gateway_Route"));
        assertThat(deployments.check(List.of(new ModelFile("processes/concern-pathway.bpmn", unnamed))))
                .anySatisfy(p -> assertThat(p.elementId()).isEqualTo("Flow_RouteLow"));
        assertThat(deployments.check(List.of(new ModelFile("processes/concern-pathway.bpmn", deadEnd))))
                .anySatisfy(p -> {
                    assertThat(p.elementId()).isEqualTo("Task_CloseCase");
                    assertThat(p.message()).contains("leads nowhere");
                });
    }

    @Test
    void anExpressionOfTheAllowedKindsPasses() {
        ExpressionRules rules = new ExpressionRules(name -> name.equals("historyService"));

        assertThat(rules.problemIn("${route == 'LOCAL_RESOLUTION'}")).isEmpty();
        assertThat(rules.problemIn("${likelihood * impact >= 15 && !immediateRisk}")).isEmpty();
        assertThat(rules.problemIn("${deadlines.workingDays(2)}")).isEmpty();
        assertThat(rules.problemIn("${deadlines.forPanel(riskBand)}")).isEmpty();
        assertThat(rules.problemIn("#{execution.processBusinessKey}")).isEmpty();
        assertThat(rules.problemIn("${'AFTER_PANEL'}")).isEmpty();
        assertThat(rules.problemIn("${recordTriage}")).isEmpty();
        assertThat(rules.problemIn("${deadlines.workingDays(2).getClass()}")).isPresent();
        assertThat(rules.problemIn("${execution.getProcessEngineServices()}")).isPresent();
        assertThat(rules.problemIn("${historyService}")).isPresent();
        assertThat(rules.problemIn("${T(java.lang.Runtime)}")).isPresent();
        assertThat(rules.problemIn("${x[0]}")).isPresent();
        assertThat(rules.problemIn("${deadlines.workingDaysAfter(panelDate, 5)}")).isEmpty();
        assertThat(rules.problemIn("${deadlines.workingDaysAfter(5, panelDate)}")).isPresent();
        assertThat(rules.problemIn("${deadlines.hours(4, 5)}")).isPresent();
        assertThat(rules.problemIn("${deadlines.hours(4.5)}")).isPresent();
        assertThat(rules.problemIn("${execution.processBusinessKey()}")).isPresent();
    }

    /** A helper member added to PathwayBeans is refused until MemberCalls says how a diagram may use it. */
    @Test
    void everyHelperMemberIsAMethodWithItsArgumentsOrAProperty() {
        ExpressionRules.MEMBERS.forEach((bean, members) -> members.forEach(member -> assertThat(
                MemberCalls.METHODS.containsKey(bean + "." + member) || MemberCalls.PROPERTIES.contains(bean + "." + member))
                .as(bean + "." + member).isTrue()));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript", "juel", "feel-groovy", "groovy (not feel)"})
    void aDecisionTableInAnotherExpressionLanguageIsRefused(String language) {
        String dmn = versions.live("processes/triage-risk.dmn").content()
                .replace("<inputExpression id=\"InputExpression_RiskScore\" typeRef=\"integer\">",
                        "<inputExpression id=\"InputExpression_RiskScore\" typeRef=\"integer\" expressionLanguage=\"" + language + "\">");

        assertThat(deployments.check(List.of(new ModelFile("processes/triage-risk.dmn", dmn))))
                .anySatisfy(p -> {
                    assertThat(p.elementId()).isEqualTo("InputExpression_RiskScore");
                    assertThat(p.message()).contains("The expression language " + language + " is not allowed");
                });
        String feel = dmn.replace("expressionLanguage=\"" + language + "\"", "expressionLanguage=\"feel\"");
        assertThat(deployments.check(List.of(new ModelFile("processes/triage-risk.dmn", feel)))).isEmpty();
    }

    static List<Arguments> formRefusals() {
        return List.of(
                Arguments.of("an invalid pattern", "\"validate\": { \"pattern\": \"([a-z]\",", "Field_agreedActions",
                        "has a ( that is never closed"),
                Arguments.of("a range the wrong way round", "\"validate\": { \"pattern\": \"[z-a]\",", "Field_agreedActions",
                        "is not a valid regular expression"),
                Arguments.of("a pattern too long to check safely", "\"validate\": { \"pattern\": \"" + "a?".repeat(101) + "\",",
                        "Field_agreedActions", "202 characters long; keep it to 200"),
                Arguments.of("a FEEL condition", "\"conditional\": { \"hide\": \"=practitionerAgreed\" }, \"validate\": {",
                        "Field_agreedActions", "conditional.hide is a FEEL expression"),
                Arguments.of("FEEL options", "\"valuesExpression\": \"= options\", \"validate\": {",
                        "Field_agreedActions", "valuesExpression is a FEEL expression"),
                Arguments.of("a pattern with nested quantifiers", "\"validate\": { \"pattern\": \"^(a+)+$\",",
                        "Field_agreedActions", "The pattern ^(a+)+$ repeats a part that itself repeats"),
                Arguments.of("a pattern repeating a choice", "\"validate\": { \"pattern\": \"^(a|ab)*$\",",
                        "Field_agreedActions", "The pattern ^(a|ab)*$ repeats a choice"),
                Arguments.of("a pattern with a look-ahead", "\"validate\": { \"pattern\": \"^(?=a).*$\",",
                        "Field_agreedActions", "only plain groups (...) and (?:...) are allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"formRefusals", "org.lotuspathway.modeler.FormChecksTests#patternAndRuleRefusals"})
    void aFormTheServerCouldNotCheckIsRefused(String what, String replacement, String elementId, String reason) {
        String live = versions.live("forms/local-resolution.form").content();
        String form = live.replaceFirst("\"validate\": \\{", java.util.regex.Matcher.quoteReplacement(replacement));
        assertThat(form).isNotEqualTo(live);

        assertThat(deployments.check(List.of(new ModelFile("forms/local-resolution.form", form))))
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("forms/local-resolution.form");
                    assertThat(p.elementId()).isEqualTo(elementId);
                    assertThat(p.message()).contains(reason);
                });
    }

    @Test
    void aReasonTooLongForTheRecordIsRefusedBeforeAnythingIsDeployed() {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        ModelFile unchanged = versions.live("forms/local-resolution.form");

        ModelDeployments.Outcome outcome = deployments.deploy(List.of(unchanged), "x".repeat(2001), "lead");

        assertThat(outcome.deployed()).isFalse();
        assertThat(outcome.problems()).extracting(Problem::message)
                .containsExactly("Say why in at most 2000 characters (this is 2001)");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void aLongListOfChangedFilesIsSummarisedToFitItsRecord() {
        List<String> names = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "processes/a-rather-long-name-for-a-decision-table-" + i + ".dmn").toList();

        String list = ModelVersion.listOf(names);

        assertThat(list.length()).isLessThanOrEqualTo(ModelVersion.MAX_FILES);
        assertThat(list).startsWith(names.get(0) + ", " + names.get(1)).matches("(?s).* and \\d+ more");
        assertThat(ModelVersion.listOf(names.subList(0, 3))).isEqualTo(String.join(", ", names.subList(0, 3)));
    }

    @Test
    void aDecisionTableThatCallsJavaIsRefused() {
        String dmn = versions.live("processes/triage-risk.dmn").content()
                .replace("<text>likelihood * impact</text>",
                        "<text>(function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}})(1)</text>");

        assertThat(deployments.check(List.of(new ModelFile("processes/triage-risk.dmn", dmn))))
                .anySatisfy(p -> assertThat(p.message()).contains("may not call Java"));
    }
}
