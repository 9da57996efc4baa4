package org.lotuspathway.governance;

/** No such subject access export, or not one the reader may see: the same answer either way. */
public class UnknownExport extends RuntimeException {

    public UnknownExport(long id) {
        super("No subject access export " + id);
    }
}
