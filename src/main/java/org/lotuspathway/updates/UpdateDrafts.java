package org.lotuspathway.updates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskDraft;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drafts the Appendix 5 update from the panel's decision, for the case manager to check and edit. */
@Component
class UpdateDrafts implements TaskDraft {

    private final Concerns concerns;
    private final PanelDiscussions panel;
    private final People people;

    UpdateDrafts(Concerns concerns, PanelDiscussions panel, People people) {
        this.concerns = concerns;
        this.panel = panel;
        this.people = people;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> draft(String businessKey) {
        Concern concern = concerns.get(businessKey);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("namedContact", namedContact(concern));
        draft.put("support", UpdateWording.SUPPORT);
        panel.latest(businessKey).ifPresent(discussion -> fromDiscussion(concern, discussion, draft));
        return draft;
    }

    /** The case manager, and how to reach them. */
    String namedContact(Concern concern) {
        String name = people.nameOf(concern.caseManager()) + ", case manager";
        return people.emailOf(concern.caseManager()).map(email -> name + ", " + email).orElse(name);
    }

    private static void fromDiscussion(Concern concern, PanelDiscussion discussion, Map<String, Object> draft) {
        draft.put("meetingDate", discussion.meetingDate().toString());
        draft.put("concernsConsidered", discussion.concernsConsidered());
        draft.put("outcome", UpdateWording.outcome(discussion.decision(), concern.practitioner()));
        draft.put("reasons", discussion.reasons());
        draft.put("nextSteps", discussion.nextSteps());
        discussion.nextReviewBy().ifPresent(date -> draft.put("byWhen", date.toString()));
        discussion.undertakingsOrConditions().ifPresent(text -> draft.put("undertakingsOrConditions", text));
        draft.put("rightToRespond", UpdateWording.rightToRespond(discussion.decision()));
    }
}
