package org.lotuspathway.process.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.lotuspathway.process.InvalidSubmission;

/**
 * Answers a task's listeners refuse ({@link InvalidSubmission}) are the user's to put right, not
 * the engine's failure. The engine wraps what a listener throws and logs it at ERROR with its stack
 * trace, message and all, whichever door the answers came by (our pages, our API, Camunda's REST
 * API or Tasklist); the message can name the practitioner. Inside each command this hands the
 * engine a {@link BadUserRequestException} instead, which it logs only at DEBUG, without the
 * message of what it wraps. The step still rolls back, and callers find the refusal among the
 * causes ({@link InvalidSubmission#in}) as before.
 */
final class RefusalsNotLogged extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RefusedAnswers alreadyTold) {
            throw alreadyTold;
        } catch (RuntimeException failure) {
            if (InvalidSubmission.in(failure).isPresent()) {
                throw new RefusedAnswers(failure);
            }
            throw failure;
        }
    }

    /** What the engine is told of a refusal: that a user's request was refused, no more. */
    static final class RefusedAnswers extends BadUserRequestException {

        RefusedAnswers(RuntimeException refusal) {
            super("Answers refused by the task's form or rules", refusal);
        }
    }
}
