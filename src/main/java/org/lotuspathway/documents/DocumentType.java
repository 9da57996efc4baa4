package org.lotuspathway.documents;

import java.util.List;

/** The kinds of file a case may hold, each as the content shows it (see {@link DocumentTypes}). */
public enum DocumentType {
    PDF("application/pdf", "PDF document", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document",
            List.of("docx")),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text", List.of("odt")),
    TEXT("text/plain;charset=UTF-8", "Plain text", List.of("txt", "text", "csv", "md")),
    PNG("image/png", "PNG image", List.of("png")),
    JPEG("image/jpeg", "JPEG image", List.of("jpg", "jpeg", "jpe"));

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    DocumentType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    public static DocumentType ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a document type: " + mediaType);
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The file name extension a download of this type gets. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a file name's extension fits content of this type. */
    boolean fitsExtension(String extension) {
        return extensions.contains(extension);
    }
}
