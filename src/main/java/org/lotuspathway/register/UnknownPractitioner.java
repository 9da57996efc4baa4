package org.lotuspathway.register;

/** No practitioner has this registration (or the current user may not know that one does). */
public class UnknownPractitioner extends RuntimeException {

    public UnknownPractitioner(String registration) {
        super("No practitioner " + registration);
    }
}
