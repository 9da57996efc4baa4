package org.lotuspathway.security;

import java.util.List;

/**
 * The groups of Camunda's identity service that act as roles here; a user's groups become
 * authorities {@code ROLE_<group>}. {@code camunda-admin} is Camunda's own administrators' group.
 */
public final class Roles {

    public static final String CASE_MANAGER = "casemanager";
    public static final String PANEL = "pag";
    public static final String RESPONSIBLE_OFFICER = "ro";
    public static final String WELLBEING = "wellbeing";
    public static final String LEAD = "lead";
    public static final String ADMIN = "camunda-admin";
    public static final String PRACTITIONER = "practitioner";

    /** Everyone who works cases, as opposed to practitioners. */
    public static final List<String> STAFF = List.of(CASE_MANAGER, PANEL, RESPONSIBLE_OFFICER, WELLBEING, LEAD, ADMIN);

    public static String authority(String group) {
        return "ROLE_" + group;
    }

    private Roles() {
    }
}
