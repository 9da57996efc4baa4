package org.lotuspathway.documents;

/** No such document on that case, or not one the asker may have: the same answer either way. */
public class UnknownDocument extends RuntimeException {

    public UnknownDocument(long id) {
        super("No document " + id + " here");
    }
}
