package org.lotuspathway.modeler;

import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Diagrams that would make the server work without end, or start work by themselves, as an
 * attacker with the process lead's role sent them (issue 13d), each with a variation.
 */
final class RunawayModels {

    private RunawayModels() {
    }

    /** A process whose start event has the event definition given. */
    static String startingOn(String processId, String definition) {
        return HostileModels.process(processId, """
                <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>""")
                .replace("<bpmn:startEvent id=\"StartEvent_1\"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>",
                        "<bpmn:startEvent id=\"StartEvent_1\"><bpmn:outgoing>Flow_1</bpmn:outgoing>" + definition + "</bpmn:startEvent>");
    }

    static final String TIMER_START = startingOn("runaway-timer-start", """
            <bpmn:timerEventDefinition id="Timer_1"><bpmn:timeCycle>R5/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>""");

    static final String SIGNAL_START = startingOn("runaway-signal-start", """
            <bpmn:signalEventDefinition id="Signal_1" signalRef="Signal_Go" />""")
            .replace("<bpmn:process ", "<bpmn:signal id=\"Signal_Go\" name=\"go\" />\n  <bpmn:process ");

    /** A task repeated as many times as the loop cardinality says. */
    static String repeated(String processId, String loop) {
        return HostileModels.process(processId, """
                <bpmn:task id="Step_1" name="Look">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  %s
                </bpmn:task>""".formatted(loop));
    }

    static final String MILLION_INSTANCES = repeated("runaway-instances", """
            <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>1000000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>""");

    static final String INSTANCES_FROM_A_VARIABLE = repeated("runaway-instances-variable", """
            <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${howMany}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>""");

    static final String INSTANCES_FROM_A_COLLECTION = repeated("runaway-instances-collection", """
            <bpmn:multiInstanceLoopCharacteristics camunda:collection="${people}" camunda:elementVariable="person" />""");

    /** "Look", then a choice that goes back to "Look": nothing on the loop waits. */
    static final String LOOP_WITHOUT_A_WAIT = HostileModels.process("runaway-loop", """
            <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:incoming>Flow_Again</bpmn:incoming><bpmn:outgoing>Flow_ToChoice</bpmn:outgoing></bpmn:task>
            <bpmn:sequenceFlow id="Flow_ToChoice" sourceRef="Step_1" targetRef="Gateway_Again" />
            <bpmn:exclusiveGateway id="Gateway_Again" name="Again?" default="Flow_Again"><bpmn:incoming>Flow_ToChoice</bpmn:incoming><bpmn:outgoing>Flow_Again</bpmn:outgoing><bpmn:outgoing>Flow_Done</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="Flow_Again" name="Yes" sourceRef="Gateway_Again" targetRef="Step_1" />
            <bpmn:sequenceFlow id="Flow_Done" name="No" sourceRef="Gateway_Again" targetRef="EndEvent_1"><bpmn:conditionExpression>${false}</bpmn:conditionExpression></bpmn:sequenceFlow>""")
            .replace("<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Step_1\" targetRef=\"EndEvent_1\" />", "")
            .replace("<bpmn:incoming>Flow_2</bpmn:incoming>", "<bpmn:incoming>Flow_Done</bpmn:incoming>");

    /** The same loop through a sub-process whose only step does not wait. */
    static final String LOOP_THROUGH_A_SUB_PROCESS = LOOP_WITHOUT_A_WAIT.replace("""
            <bpmn:task id="Step_1" name="Look">""", """
            <bpmn:subProcess id="Step_1" name="Look inside">
              <bpmn:startEvent id="Inner_Start"><bpmn:outgoing>Inner_Flow_1</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Inner_Flow_1" sourceRef="Inner_Start" targetRef="Inner_Task" />
              <bpmn:task id="Inner_Task" name="Look again"><bpmn:incoming>Inner_Flow_1</bpmn:incoming><bpmn:outgoing>Inner_Flow_2</bpmn:outgoing></bpmn:task>
              <bpmn:sequenceFlow id="Inner_Flow_2" sourceRef="Inner_Task" targetRef="Inner_End" />
              <bpmn:endEvent id="Inner_End"><bpmn:incoming>Inner_Flow_2</bpmn:incoming></bpmn:endEvent>
            """).replace("<bpmn:outgoing>Flow_ToChoice</bpmn:outgoing></bpmn:task>", "<bpmn:outgoing>Flow_ToChoice</bpmn:outgoing></bpmn:subProcess>")
            .replace("\"runaway-loop\"", "\"runaway-sub-process-loop\"");

    /** The loop with a user task on it waits for a person each time round: allowed. */
    static final String LOOP_THAT_WAITS = LOOP_WITHOUT_A_WAIT.replace("""
            <bpmn:task id="Step_1" name="Look">""", """
            <bpmn:userTask id="Step_1" name="Look" camunda:candidateGroups="casemanager" camunda:formRef="local-resolution" camunda:formRefBinding="deployment">""")
            .replace("<bpmn:outgoing>Flow_ToChoice</bpmn:outgoing></bpmn:task>", "<bpmn:outgoing>Flow_ToChoice</bpmn:outgoing></bpmn:userTask>")
            .replace("\"runaway-loop\"", "\"waiting-loop\"");

    /** A process that calls itself at once. */
    static final String CALLS_ITSELF = HostileModels.process("runaway-calls", """
            <bpmn:callActivity id="Step_1" name="Again" calledElement="runaway-calls">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:callActivity>""");

    /** Elements nested in one another, that many deep, in the task's extension elements. */
    static String nested(int depth) {
        return HostileModels.lookingTask("deep", "<x:a xmlns:x=\"urn:x\">" + "<x:a>".repeat(depth - 1) + "</x:a>".repeat(depth));
    }

    /** That many elements side by side, in the task's extension elements. */
    static String wide(int count) {
        return HostileModels.lookingTask("wide", "<x:w xmlns:x=\"urn:x\">" + "<x:a/>".repeat(count) + "</x:w>");
    }

    /** Each with the element and the reason it is refused, for DeploymentChecksTests. */
    static List<Arguments> refusals() {
        return List.of(
                Arguments.of("timer start event", RunawayModels.TIMER_START, "StartEvent_1", "A process here starts with a plain start event"),
                Arguments.of("signal start event", RunawayModels.SIGNAL_START, "StartEvent_1", "a start on a signal would let it start by itself"),
                Arguments.of("a million instances", RunawayModels.MILLION_INSTANCES, "Step_1", "from 1 to 20 (loopCardinality), not \"1000000\""),
                Arguments.of("instances from a variable", RunawayModels.INSTANCES_FROM_A_VARIABLE, "Step_1", "not \"${howMany}\""),
                Arguments.of("instances from a collection", RunawayModels.INSTANCES_FROM_A_COLLECTION, "Step_1", "for each item of a collection is not allowed"),
                Arguments.of("loop without a wait", RunawayModels.LOOP_WITHOUT_A_WAIT, "Step_1", "The loop through \"Look\", \"Again?\" never waits"),
                Arguments.of("loop through a sub-process", RunawayModels.LOOP_THROUGH_A_SUB_PROCESS, "Step_1", "never waits"),
                Arguments.of("a process calling itself", RunawayModels.CALLS_ITSELF, "runaway-calls", "calls itself"),
                Arguments.of("cycle repeated 2147483647 times", HostileModels.waitingFor("runaway-cycle", "timeCycle", "R2147483647/PT1H"),
                        "Step_1", "repeats 2147483647 times; at most 1000"),
                Arguments.of("cycle repeated 1001 times", HostileModels.waitingFor("runaway-cycle", "timeCycle", "R1001/PT1H"), "Step_1",
                        "repeats 1001 times; at most 1000"),
                Arguments.of("cycle count past any number", HostileModels.waitingFor("runaway-cycle", "timeCycle", "R99999999999999999999/PT1H"),
                        "Step_1", "repeats 99999999999999999999 times"),
                Arguments.of("duration past any number", HostileModels.waitingFor("runaway-duration", "timeDuration", "P99999999999999999999D"),
                        "Step_1", "waits longer than 10 years"),
                Arguments.of("deadline of no hours", HostileModels.waitingFor("deadline-zero", "timeDate", "${deadlines.hours(0)}"), "Step_1",
                        "gives deadlines.hours the argument 0, which must be a whole number from 1 to 720"),
                Arguments.of("deadline in the past", HostileModels.waitingFor("deadline-past", "timeDate", "${deadlines.hours(-5)}"), "Step_1",
                        "gives deadlines.hours the argument -5"),
                Arguments.of("deadline a million working days ahead", HostileModels.waitingFor("deadline-far", "timeDate",
                        "${deadlines.workingDays(1000000)}"), "Step_1", "gives deadlines.workingDays the argument 1000000"),
                Arguments.of("deadline from a variable", HostileModels.waitingFor("deadline-variable", "timeDate", "${deadlines.days(n)}"),
                        "Step_1", "gives deadlines.days the argument n, which must be a whole number from 1 to 730"),
                Arguments.of("deadline not called", HostileModels.waitingFor("deadline-uncalled", "timeDate", "${deadlines.hours}"),
                        "Step_1", "uses deadlines.hours without calling it"),
                Arguments.of("100,000 nested elements", RunawayModels.nested(100_000), null, "Elements are nested more than 30 deep"),
                Arguments.of("31 nested elements", RunawayModels.nested(27), null, "Elements are nested more than 30 deep"),
                Arguments.of("20,000 elements", RunawayModels.wide(20_000), null, "The file holds more than 10000 elements"));
    }
}
