package org.lotuspathway.portal;

import java.util.EnumMap;
import java.util.Map;

import org.lotuspathway.concern.Stage;

/** What each stage means for the practitioner, and what comes next, in plain words. */
record StageExplanation(String title, String meaning, String next) {

    private static final Map<Stage, StageExplanation> BY_STAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(Stage.TRIAGE, new StageExplanation("We are looking at the concern",
                    "Someone has raised a concern. We are reading it carefully to decide what needs to happen.",
                    "Your case manager will talk it through with you.")),
            Map.entry(Stage.LOCAL_RESOLUTION, new StageExplanation("We want to sort this out with you",
                    "We think the concern can be settled locally, with feedback, reflection or support.",
                    "Your case manager will agree the next steps with you.")),
            Map.entry(Stage.INTERIM_ACTION, new StageExplanation("We are checking if anything must happen now",
                    "The Responsible Officer is a senior person. Their job is to check that practitioners are "
                            + "safe to work. They are deciding if anything must happen now to keep patients safe, while "
                            + "we look at the concern.",
                    "We will tell you about any decision quickly. Then a panel of senior staff will meet about your "
                            + "case.")),
            Map.entry(Stage.INVESTIGATION, new StageExplanation("We are finding out more",
                    "We are gathering information to understand what happened.",
                    "When we have what we need, a panel of senior staff will meet to talk about it.")),
            Map.entry(Stage.PANEL, new StageExplanation("A panel will meet about your case",
                    "A panel of senior staff will talk about your case. It is called the Performance Advisory Group.",
                    "We will write to you within 5 working days of the meeting to tell you what was decided.")),
            Map.entry(Stage.PRACTITIONER_UPDATE, new StageExplanation("We are writing to you",
                    "The panel of senior staff has met. We are writing to tell you what it decided.",
                    "You will get a letter here, and an email to say it has arrived.")),
            Map.entry(Stage.SUPPORT_AND_MONITOR, new StageExplanation("You are following the agreed plan",
                    "You are working through the plan agreed with you, with support.",
                    "The panel will look at how things are going when it next meets.")),
            Map.entry(Stage.REFERRAL, new StageExplanation("We have asked others for advice or a decision",
                    "Your case has been passed to another body for advice or a decision.",
                    "We will tell you what they say, and what it means for you.")),
            Map.entry(Stage.LESSONS_REVIEW, new StageExplanation("Your case is nearly finished",
                    "We are looking at what we can all learn, so things work better for others.",
                    "We will write to you when your case is closed.")),
            Map.entry(Stage.CLOSURE, new StageExplanation("We are closing your case",
                    "The work on your case is done.",
                    "You will get a final letter.")),
            Map.entry(Stage.CLOSED, new StageExplanation("Your case is closed",
                    "Nothing more will happen on this case.",
                    "If you want to talk about it, your named contact is still happy to hear from you."))));

    static StageExplanation of(Stage stage) {
        return BY_STAGE.get(stage);
    }
}
