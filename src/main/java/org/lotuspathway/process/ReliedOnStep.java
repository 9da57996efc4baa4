package org.lotuspathway.process;

import java.util.Arrays;
import java.util.List;

/**
 * A step of a diagram that a feature of the application relies on, and what would stop working
 * without it. The modeler refuses a deployment that removes the step or changes what the feature
 * relies on: its kind, the listener that records it, the answers its form must ask for, the step
 * it hangs on or follows, the process it calls, its timer, its decision table.
 *
 * @param feature what stops working without the step, in words a lead reads ("panel decisions
 *        would not be recorded")
 * @param listener the delegate bean that must stay on the step ({@code recordTriage}), or null
 * @param answers the answers the listener reads, which the step's form must ask for, or null
 * @param attachedTo the step a boundary event must stay attached to, or null
 * @param after a step this one must come straight after (no other user task between), or null
 * @param calls the process a call activity must call, or the decision a rule task must use, or null
 * @param timer whether the step must keep a timer
 */
public record ReliedOnStep(String processId, String elementId, String kind, String name, String feature,
        String listener, Class<? extends Answers> answers, String attachedTo, String after, String calls,
        boolean timer) {

    public static ReliedOnStep of(String processId, String elementId, String kind, String name, String feature) {
        return new ReliedOnStep(processId, elementId, kind, name, feature, null, null, null, null, null, false);
    }

    public ReliedOnStep recordedBy(String delegateBean) {
        return new ReliedOnStep(processId, elementId, kind, name, feature, delegateBean, answers, attachedTo, after, calls, timer);
    }

    public ReliedOnStep reading(Class<? extends Answers> type) {
        return new ReliedOnStep(processId, elementId, kind, name, feature, listener, type, attachedTo, after, calls, timer);
    }

    public ReliedOnStep attachedTo(String hostId) {
        return new ReliedOnStep(processId, elementId, kind, name, feature, listener, answers, hostId, after, calls, timer);
    }

    public ReliedOnStep after(String stepId) {
        return new ReliedOnStep(processId, elementId, kind, name, feature, listener, answers, attachedTo, stepId, calls, timer);
    }

    public ReliedOnStep calling(String processOrDecision) {
        return new ReliedOnStep(processId, elementId, kind, name, feature, listener, answers, attachedTo, after,
                processOrDecision, timer);
    }

    public ReliedOnStep onATimer() {
        return new ReliedOnStep(processId, elementId, kind, name, feature, listener, answers, attachedTo, after, calls, true);
    }

    /** The form keys the listener reads: the names of the answers' record components. */
    public List<String> answerKeys() {
        return answers == null || !answers.isRecord() ? List.of()
                : Arrays.stream(answers.getRecordComponents()).map(c -> c.getName()).toList();
    }
}
