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
    /**
     * Readers of the lessons library who do not work cases (practice managers, educators, other
     * teams): they read every review anonymised, and see no case.
     */
    public static final String LEARNING = "learning";

    /** Every role. */
    public static final List<String> ALL = List.of(CASE_MANAGER, PANEL, RESPONSIBLE_OFFICER, WELLBEING, LEAD, ADMIN,
            PRACTITIONER, LEARNING);

    /** Everyone who works cases, as opposed to practitioners. */
    public static final List<String> STAFF = List.of(CASE_MANAGER, PANEL, RESPONSIBLE_OFFICER, WELLBEING, LEAD, ADMIN);

    /**
     * Who sees cases in the case register and practitioners' records: the roles that work cases.
     * Leads improve the pathway and administrators run the system; neither needs a list of cases.
     */
    public static final List<String> CASE_WORKERS = List.of(CASE_MANAGER, PANEL, RESPONSIBLE_OFFICER, WELLBEING);

    /** Who records a practitioner's registration, performers list and vetting. */
    public static final List<String> RECORD_KEEPERS = List.of(CASE_MANAGER, RESPONSIBLE_OFFICER);

    public static String authority(String group) {
        return "ROLE_" + group;
    }

    private Roles() {
    }
}
