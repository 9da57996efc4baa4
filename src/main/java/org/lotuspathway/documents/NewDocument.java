package org.lotuspathway.documents;

/** A document as uploaded: its description and its bytes, not yet checked. */
public record NewDocument(String title, DocumentKind kind, boolean shareable, String originalName, byte[] bytes) {
}
