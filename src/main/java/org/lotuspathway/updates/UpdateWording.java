package org.lotuspathway.updates;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.panel.PanelDecision;

/**
 * The plain, kind words a draft update starts from. The case manager reads and edits every
 * draft before it is sent; these only save them from a blank page.
 */
final class UpdateWording {

    static final String SUPPORT = """
            You do not have to face this alone. NHS Practitioner Health offers free and private \
            support to doctors and dentists. The BMA Doctor Support Service is there for you day and \
            night. You can also talk to occupational health, or to your defence organisation.""";

    private static final String RIGHT_TO_COMMENT = """
            You can comment on this decision, or on anything in this letter, at any time. Reply \
            through Lotus Pathway, or write to your named contact.""";

    private static final String PLDP_APPEAL = """
             If the Performers List Decision Panel makes a decision about you, you can appeal to the \
            First-tier Tribunal within 28 days of that decision.""";

    private UpdateWording() {
    }

    static String outcome(PanelDecision decision, Practitioner practitioner) {
        return switch (decision) {
            case NO_FURTHER_ACTION -> "The group decided that no further action is needed.";
            case MONITOR -> "The group decided to keep things under review for a while. This is not a finding against you.";
            case FURTHER_INVESTIGATION -> "The group needs more information before it can decide. We will gather it, "
                    + "and the group will meet again.";
            case LOCAL_REMEDIATION -> "The group would like to agree a plan of support with you, to help with the "
                    + "areas the concern is about.";
            case VOLUNTARY_UNDERTAKINGS -> "The group asks you to agree to some undertakings. These are things you "
                    + "will or will not do for a time. They are set out below.";
            case REFER_PPA -> "The group would like advice from Practitioner Performance Advice, which is part of NHS "
                    + "Resolution.";
            case REFER_REGULATOR -> "The group decided to refer the concern to the " + practitioner.register().label()
                    + ".";
            case REFER_PLDP -> "The group decided to refer your case to the Performers List Decision Panel. This panel "
                    + "makes decisions about the performers list.";
        };
    }

    static String rightToRespond(PanelDecision decision) {
        return decision == PanelDecision.REFER_PLDP ? RIGHT_TO_COMMENT + PLDP_APPEAL : RIGHT_TO_COMMENT;
    }

    static String finalMessage() {
        return """
                Your case is now closed. Thank you for working with us while we looked into the concern. \
                We know this can be a hard time. If you want to talk about anything, your named contact is \
                happy to hear from you.""";
    }
}
