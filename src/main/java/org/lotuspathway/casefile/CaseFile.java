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
        List<String> completedActivities) {

    /** A feature's part of the page: the fragment that shows it, and what it shows. */
    public record Section(String template, Object records) {
    }
}
