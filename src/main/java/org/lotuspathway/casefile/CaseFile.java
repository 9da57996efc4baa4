package org.lotuspathway.casefile;

import java.util.List;

import org.lotuspathway.concern.CaseStep;
import org.lotuspathway.concern.CaseSteps;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.learning.LessonsReview;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.portal.PractitionerResponse;
import org.lotuspathway.triage.TriageAssessment;
import org.lotuspathway.updates.PractitionerUpdate;
import org.lotuspathway.wellbeing.CasePause;
import org.lotuspathway.wellbeing.CheckIn;

/** Everything the team knows about one case, for its page. */
public record CaseFile(
        Concern concern,
        List<OpenStep> openSteps,
        List<TriageAssessment> triage,
        List<PanelDiscussion> discussions,
        List<PractitionerUpdate> updates,
        List<CheckIn> checkIns,
        List<LessonsReview> reviews,
        List<PractitionerResponse> responses,
        List<CasePause> pauses,
        List<RecordedStep> steps,
        List<TimelineEntry> timeline,
        List<String> currentActivities,
        List<String> completedActivities) {

    /** A step recorded with its answers as the form asked them. */
    public record RecordedStep(CaseStep step, List<CaseSteps.Answer> answers) {
    }
}
