package org.lotuspathway.casefile;

import java.util.List;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.process.TimelineEntry;

/** Everything the team knows about one case, for its page. */
public record CaseFile(
        Concern concern,
        List<OpenStep> openSteps,
        List<Section> sections,
        List<TimelineEntry> timeline,
        List<String> currentActivities,
        List<String> completedActivities,
        List<PathwayStep> pathwaySteps) {

    /** A step of the pathway's diagram in words: done, open now, or not reached. */
    public record PathwayStep(String name, State state) {
        public enum State { DONE, NOW, NOT_YET }

        public boolean now() {
            return state == State.NOW;
        }

        public String stateWords() {
            return switch (state) {
                case DONE -> "done";
                case NOW -> "current step";
                case NOT_YET -> "not reached";
            };
        }
    }

    /** A feature's part of the page: the fragment that shows it, and what it shows. */
    public record Section(String template, Object records) {
    }
}
