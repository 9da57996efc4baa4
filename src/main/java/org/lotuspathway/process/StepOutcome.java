package org.lotuspathway.process;

import java.util.Optional;

/**
 * What a step just completed decided, in a few words read from the case's own records, for the
 * message after completing it: "Risk band High, score 20", "The panel decided: Monitor". Features
 * answer for their own steps; the lowest {@link #order()} that answers wins.
 */
public interface StepOutcome {

    Optional<String> decided(String businessKey, String taskKey);

    default int order() {
        return 0;
    }
}
