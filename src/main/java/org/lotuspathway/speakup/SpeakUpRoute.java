package org.lotuspathway.speakup;

/** How the person speaking up wants to be known, in the words the public pages use. */
public enum SpeakUpRoute {
    OPEN("Open", "We know who you are, and the team looking into it may too."),
    CONFIDENTIAL("Confidential", "We know who you are, but only the small team who read new reports can see it."),
    ANONYMOUS("Anonymous", "We do not know who you are. You get a code to come back and see replies.");

    private final String label;
    private final String protection;

    SpeakUpRoute(String label, String protection) {
        this.label = label;
        this.protection = protection;
    }

    public String label() {
        return label;
    }

    /** How the raiser's identity is kept on this route, for the form and the guidance. */
    public String protection() {
        return protection;
    }

    public boolean keepsIdentity() {
        return this != ANONYMOUS;
    }
}
