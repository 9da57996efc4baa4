package org.lotuspathway.updates;

import java.util.Optional;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.panel.PanelDecision;

/**
 * The plain, kind words a draft letter starts from, spoken to the practitioner ("you"), with one
 * name for the group that discusses concerns: "the panel". The case manager reads and edits every
 * draft before it is sent; these only save them from a blank page.
 */
final class UpdateWording {

    private static final String RIGHT_TO_COMMENT = """
            You can tell us what you think of this decision, or of anything in this letter, at any time. \
            Reply through Lotus Pathway, or write to your named contact.""";

    private static final String PLDP_APPEAL = """
             You can also appeal to a tribunal if that panel makes a decision about you. It is called the \
            First-tier Tribunal. It is a court that is not part of the NHS, and it hears appeals like this. You \
            must appeal within 28 days of the decision.""";

    private static final String CLOSING = """
            Thank you for working with us while we looked into the concern. We know this can be a hard time. \
            If you want to talk about anything, your named contact is happy to hear from you.""";

    private UpdateWording() {
    }

    /** What the panel decided, as the update after it says it. */
    static String outcome(PanelDecision decision, Practitioner practitioner) {
        return switch (decision) {
            case NO_FURTHER_ACTION -> "The panel decided that no further action is needed. You do not need to do "
                    + "anything more.";
            case MONITOR -> "The panel decided to keep your case under review for a while. This is not a finding "
                    + "against you.";
            case FURTHER_INVESTIGATION -> "The panel needs to know more before it can decide. We will find out more, "
                    + "and then the panel will meet again.";
            case LOCAL_REMEDIATION -> "The panel would like to agree a plan of support with you. The plan will help "
                    + "with the areas the concern is about.";
            case VOLUNTARY_UNDERTAKINGS -> "The panel asks you to agree to some undertakings. These are things you "
                    + "will do, or not do, for a time. They are set out below.";
            case REFER_PPA -> "The panel would like to ask Practitioner Performance Advice for help. They are part "
                    + "of NHS Resolution, and give free advice.";
            case REFER_REGULATOR -> "The panel decided to pass the concern to the " + practitioner.register().label()
                    + ". They will write to you about what happens next.";
            case REFER_PLDP -> "The panel decided to send your case to the Performers List Decision Panel. That is a "
                    + "different panel. It decides who can be on the performers list. This is the NHS list of GPs, "
                    + "dentists and opticians who may treat NHS patients in England.";
        };
    }

    static String rightToRespond(PanelDecision decision) {
        return decision == PanelDecision.REFER_PLDP ? RIGHT_TO_COMMENT + PLDP_APPEAL : RIGHT_TO_COMMENT;
    }

    /**
     * The final letter: that the case is closed, what the outcome was and what it means for them, and
     * where to turn. {@code decision} is the last panel's; none when the case was settled locally.
     */
    static String finalMessage(Optional<PanelDecision> decision, Practitioner practitioner) {
        return "Your case is now closed. " + decision.map(d -> outcomeAtClosure(d, practitioner)).orElse("""
                The outcome: the concern was settled locally, as we agreed with you. This means no further \
                action is needed, and you do not need to do anything more.""") + "\n\n" + CLOSING;
    }

    private static String outcomeAtClosure(PanelDecision decision, Practitioner practitioner) {
        String regulator = practitioner.register().label();
        return switch (decision) {
            case NO_FURTHER_ACTION, FURTHER_INVESTIGATION -> "The outcome: the panel decided that no further action "
                    + "is needed. This means you do not need to do anything more.";
            case MONITOR -> "The outcome: the panel kept your case under review for a while, and that time is now "
                    + "over. This means you do not need to do anything more.";
            case LOCAL_REMEDIATION -> "The outcome: you agreed a plan of support with us, and the plan is now "
                    + "complete. This means you do not need to do anything more.";
            case VOLUNTARY_UNDERTAKINGS -> "The outcome: you agreed to some undertakings, and we have now closed the "
                    + "case. This means you keep to any undertaking that still has time to run, until it ends.";
            case REFER_PPA -> "The outcome: the panel took advice from Practitioner Performance Advice, and our part "
                    + "is now done. This means you do not need to do anything more for us.";
            case REFER_REGULATOR -> "The outcome: the panel passed the concern to the " + regulator + ", and our "
                    + "part is now done. This means the " + regulator + " will write to you about anything they do.";
            case REFER_PLDP -> "The outcome: the panel sent your case to the Performers List Decision Panel, and our "
                    + "part is now done. This means that panel will write to you about its decision.";
        };
    }
}
