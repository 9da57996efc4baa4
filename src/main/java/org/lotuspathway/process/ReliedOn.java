package org.lotuspathway.process;

import java.util.List;

/**
 * What one feature relies on in the pathway's diagrams and decision tables. Each feature that
 * relies on a step lists it here, beside its own code; the modeler gathers every feature's list
 * and refuses a deployment that would break one, naming the feature. A new feature that relies on
 * a step adds it to its own list.
 */
public interface ReliedOn {

    List<ReliedOnStep> steps();

    default List<DecisionContract> decisions() {
        return List.of();
    }
}
