package org.lotuspathway.modeler;

/** Something that stops a deployment, in plain words, with the file and element it is about. */
public record Problem(String file, String elementId, String message) {

    static Problem of(ModelFile file, String elementId, String message) {
        return new Problem(file.name(), elementId, message);
    }

    static Problem of(ModelFile file, String message) {
        return new Problem(file.name(), null, message);
    }
}
