package org.lotuspathway.speakup;

/** No report has that reference (or, for the public, that access code): 404, nothing more said. */
public class UnknownReport extends RuntimeException {

    public UnknownReport(String what) {
        super("No such report: " + what);
    }
}
