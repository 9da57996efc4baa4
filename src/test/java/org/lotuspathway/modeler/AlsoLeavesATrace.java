package org.lotuspathway.modeler;

/** The same trap under another name, sprung on purpose to show the trap works. */
public class AlsoLeavesATrace {

    static final String NAME = "org.lotuspathway.modeler.AlsoLeavesATrace";

    static {
        Traces.leave(NAME + " loaded");
    }

    public AlsoLeavesATrace() {
        Traces.leave(NAME + " constructed");
    }
}
