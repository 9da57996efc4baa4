package org.lotuspathway.modeler;

/**
 * A class a hostile diagram names (as a form handler, delegate, listener, ...): loading or making
 * one leaves a trace, as a class whose constructor wrote files or opened a shell would. Only ever
 * named by its text in tests, never referred to, so nothing but the code under test could load it.
 */
public class LeavesATrace {

    static final String NAME = "org.lotuspathway.modeler.LeavesATrace";

    static {
        Traces.leave(NAME + " loaded");
    }

    public LeavesATrace() {
        Traces.leave(NAME + " constructed");
    }
}
