package org.lotuspathway.modeler;

/** Diagrams a hostile or careless lead might try to deploy. */
final class HostileModels {

    private HostileModels() {
    }

    /** A plain task, "Look", with the extension elements given. */
    static String lookingTask(String processId, String extensions) {
        return process(processId, """
                <bpmn:task id="Step_1" name="Look">
                  <bpmn:extensionElements>%s</bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:task>""".formatted(extensions));
    }

    /** The plain process, its start event with the attributes given. */
    static String startingWith(String processId, String startEventAttributes) {
        return process(processId, """
                <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>""")
                .replace("<bpmn:startEvent id=\"StartEvent_1\">", "<bpmn:startEvent id=\"StartEvent_1\" " + startEventAttributes + ">");
    }

    /** A process that waits at a timer; kind is timeDate, timeDuration or timeCycle. */
    static String waitingFor(String processId, String kind, String when) {
        return process(processId, """
                <bpmn:intermediateCatchEvent id="Step_1" name="Wait">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="Timer_1"><bpmn:%s>%s</bpmn:%s></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""".formatted(kind, when, kind));
    }

    /** The engine's built-in shell task, as issue 13 deployed it: this one would create the file named. */
    static String shellTask(String processId, String fileToCreate) {
        return process(processId, """
                <bpmn:serviceTask id="Step_1" name="Tidy up" camunda:type="shell">
                  <bpmn:extensionElements>
                    <camunda:field name="command"><camunda:string>touch</camunda:string></camunda:field>
                    <camunda:field name="arg1"><camunda:string>%s</camunda:string></camunda:field>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:serviceTask>""".formatted(fileToCreate));
    }

    static String process(String id, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
                    id="Definitions_1" targetNamespace="https://example.org">
                  <bpmn:process id="%s" name="Test" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Step_1" />
                    %s
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Step_1" targetRef="EndEvent_1" />
                    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(id, body);
    }

    static final String SCRIPT_TASK = process("hostile-script", """
            <bpmn:scriptTask id="Step_1" name="Tidy up" scriptFormat="groovy">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:script>"rm -rf /".execute()</bpmn:script>
            </bpmn:scriptTask>""");

    static final String JAVA_CLASS_EXPRESSION = process("hostile-expression", """
            <bpmn:serviceTask id="Step_1" name="Look up"
                camunda:expression="${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>""");

    static final String BEAN_EXPRESSION = process("hostile-bean", """
            <bpmn:serviceTask id="Step_1" name="Delete history" camunda:expression="${historyService.deleteHistoricProcessInstances(ids)}">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>""");

    static final String JAVA_CLASS_DELEGATE = process("hostile-class", """
            <bpmn:serviceTask id="Step_1" name="Run" camunda:class="java.lang.ProcessBuilder">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>""");

    static final String SCRIPT_LISTENER = process("hostile-listener", """
            <bpmn:userTask id="Step_1" name="Look" camunda:candidateGroups="casemanager" camunda:formRef="local-resolution" camunda:formRefBinding="deployment">
              <bpmn:extensionElements>
                <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">java.lang.System.exit(0)</camunda:script></camunda:taskListener>
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>""");

    static final String EXTERNAL_ENTITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
              <bpmn:process id="hostile-xxe" name="&secret;" isExecutable="true" />
            </bpmn:definitions>
            """;

    static final String ENTITY_BOMB = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
              <bpmn:process id="hostile-bomb" name="&lol9;" isExecutable="true" />
            </bpmn:definitions>
            """;

    static final String MISSING_FORM = process("careless-form", """
            <bpmn:userTask id="Step_1" name="Fill in" camunda:candidateGroups="casemanager" camunda:formRef="no-such-form" camunda:formRefBinding="deployment">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>""");

    static final String MISSING_DECISION = process("careless-decision", """
            <bpmn:businessRuleTask id="Step_1" name="Decide" camunda:decisionRef="no-such-decision" camunda:resultVariable="r" camunda:mapDecisionResult="singleResult">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:businessRuleTask>""");

    static final String NO_GROUP = process("careless-group", """
            <bpmn:userTask id="Step_1" name="Anyone" camunda:formRef="local-resolution" camunda:formRefBinding="deployment">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>""");

    /** Listener elements take class without a prefix. */
    static final String TASK_LISTENER_CLASS = process("hostile-task-listener", """
            <bpmn:userTask id="Step_1" name="Look" camunda:candidateGroups="casemanager" camunda:formRef="local-resolution" camunda:formRefBinding="deployment">
              <bpmn:extensionElements>
                <camunda:taskListener class="java.lang.ProcessBuilder" event="create" />
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>""");

    static final String EXECUTION_LISTENER_CLASS = lookingTask("hostile-execution-listener", """
            <camunda:executionListener class="java.lang.ProcessBuilder" event="start" />""");

    /** Camunda 7 reads Activiti's namespace as its own. */
    static final String ACTIVITI_CLASS = process("hostile-activiti-class", """
            <bpmn:serviceTask id="Step_1" name="Run" activiti:class="java.lang.ProcessBuilder">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>""");

    static final String ACTIVITI_CONNECTOR = process("hostile-activiti-connector", """
            <bpmn:serviceTask id="Step_1" name="Call out">
              <bpmn:extensionElements>
                <activiti:connector><activiti:connectorId>http-connector</activiti:connectorId></activiti:connector>
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>""");

    static final String ACTIVITI_SCRIPT_RESOURCE = lookingTask("hostile-activiti-resource", """
            <camunda:executionListener event="start" activiti:resource="deployment://run.groovy" />""");

    static final String ACTIVITI_LISTENER_EXPRESSION = lookingTask("hostile-activiti-expression", """
            <activiti:executionListener event="start" expression="${runtimeService.deleteProcessInstance(x, y)}" />""");

    /** The pathway's own rules read activiti: attributes as the engine does: this form does not exist. */
    static final String ACTIVITI_FORM_REF = process("careless-activiti-form", """
            <bpmn:userTask id="Step_1" name="Fill in" activiti:candidateGroups="casemanager" activiti:formRef="no-such-form" activiti:formRefBinding="deployment">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>""");

    static final String VARIABLE_MAPPING_CLASS = process("hostile-mapping-class", """
            <bpmn:callActivity id="Step_1" name="Call" calledElement="wellbeing-check-in" camunda:variableMappingClass="java.lang.ProcessBuilder">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:callActivity>""");

    static final String VARIABLE_MAPPING_DELEGATE = process("hostile-mapping-delegate", """
            <bpmn:callActivity id="Step_1" name="Call" calledElement="wellbeing-check-in" camunda:variableMappingDelegateExpression="${someMapper}">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:callActivity>""");

    static final String VALIDATOR_CONSTRAINT = process("hostile-validator", """
            <bpmn:userTask id="Step_1" name="Fill in" camunda:candidateGroups="casemanager" camunda:formRef="local-resolution" camunda:formRefBinding="deployment">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="answer" type="string">
                    <camunda:validation><camunda:constraint name="validator" config="java.lang.ProcessBuilder" /></camunda:validation>
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>""");

    static final String SCRIPT_CONDITION = process("hostile-condition", """
            <bpmn:exclusiveGateway id="Step_1" name="Which way?" default="Flow_2">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_Script</bpmn:outgoing>
            </bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="Flow_Script" name="Scripted" sourceRef="Step_1" targetRef="EndEvent_1">
              <bpmn:conditionExpression language="groovy">"id".execute() != null</bpmn:conditionExpression>
            </bpmn:sequenceFlow>""");

    static final String MAIL_TASK = process("hostile-mail", """
            <bpmn:sendTask id="Step_1" name="Tell everyone" camunda:type="mail">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:sendTask>""");

    static final String ACTIVITI_SHELL_TASK = shellTask("hostile-activiti-shell", "/tmp/x")
            .replace("camunda:type=", "activiti:type=");

    static final String START_FORM_HANDLER = startingWith("hostile-form-handler",
            "camunda:formHandlerClass=\"java.util.logging.FileHandler\"");

    /** Whatever the engine may read next: an attribute ending in Class names a class. */
    static final String ANY_CLASS_ATTRIBUTE = process("hostile-any-class", """
            <bpmn:task id="Step_1" name="Look" camunda:resultMapperClass="java.lang.ProcessBuilder">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:task>""");

    static final String UNKNOWN_CONSTRAINT = VALIDATOR_CONSTRAINT.replace("name=\"validator\" config=\"java.lang.ProcessBuilder\"",
            "name=\"matches\" config=\"x\"");

    static final String XINCLUDE = process("hostile-xinclude", """
            <bpmn:task id="Step_1" name="Look">
              <bpmn:documentation><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text" /></bpmn:documentation>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:task>""");

    /** The namespace alone is refused too, whatever a parser would make of it. */
    static final String XINCLUDE_NAMESPACE = process("hostile-xinclude-namespace", """
            <bpmn:task id="Step_1" name="Look" xmlns:xi="http://www.w3.org/2001/XInclude">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:task>""");

    static final String IMPORT = process("hostile-import", """
            <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>""")
            .replace("<bpmn:process ", "<bpmn:import importType=\"http://schemas.xmlsoap.org/wsdl/\" location=\"http://example.org/x.wsdl\""
                    + " namespace=\"http://example.org/\" />\n  <bpmn:process ");

    static final String EXTERNAL_FORM_KEY = startingWith("hostile-form-key", "camunda:formKey=\"https://example.org/form.html\"");

    static final String EMBEDDED_FORM_KEY = startingWith("hostile-embedded-form", "camunda:formKey=\"embedded:app:forms/x.html\"");

    static final String MISSING_DEPLOYED_FORM = startingWith("careless-form-key",
            "camunda:formKey=\"camunda-forms:deployment:forms/no-such-form.form\"");
}
