package org.lotuspathway.process.engine;

/** A user of the application as the engine's identity service holds them. */
public record StaffMember(String id, String firstName, String lastName, String email) {

    /** The name people know them by ("Cara Manager"), or else their username. */
    public String name() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? id : name;
    }
}
