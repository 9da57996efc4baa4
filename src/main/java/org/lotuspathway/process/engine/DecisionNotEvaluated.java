package org.lotuspathway.process.engine;

import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.dmn.feel.impl.FeelException;

/**
 * A decision table the step ran could not be evaluated (a FEEL cell the engine cannot read, say):
 * nothing the step did is kept, and only the process lead, by deploying a corrected table, can fix it.
 */
public class DecisionNotEvaluated extends RuntimeException {

    DecisionNotEvaluated(Throwable cause) {
        super("A decision table could not be evaluated: " + cause.getMessage(), cause);
    }

    /** The engine's failure inside the decision table, if that is what the failure was. */
    static Optional<Throwable> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DmnEngineException
                    || t instanceof FeelException) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
