package org.lotuspathway.updates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.PersonalName;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskDraft;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the Appendix 5 update from the panel's decision, for the case manager to check and edit:
 * our own words for the outcome and the right to reply, the support for their profession, and the
 * panel's own words only where they already speak to the practitioner in short sentences
 * ({@link PanelText}).
 */
@Component
class UpdateDrafts implements TaskDraft {

    private final Concerns concerns;
    private final PanelDiscussions panel;
    private final People people;
    private final SupportContent support;

    UpdateDrafts(Concerns concerns, PanelDiscussions panel, People people, SupportContent support) {
        this.concerns = concerns;
        this.panel = panel;
        this.people = people;
        this.support = support;
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
        draft.put("support", support.letterText(concern.practitioner().profession()));
        panel.latest(businessKey).ifPresent(discussion -> fromDiscussion(concern, discussion, draft));
        return draft;
    }

    /** The panel's free text of the latest discussion, each part with its suggestion and what to change. */
    @Transactional(readOnly = true)
    public List<PanelText> panelTexts(String businessKey) {
        Concern concern = concerns.get(businessKey);
        return panel.latest(businessKey).map(d -> panelTexts(d, concern.practitioner().personalName()))
                .orElse(List.of());
    }

    /** The case manager, and how to reach them. */
    String namedContact(Concern concern) {
        String name = people.nameOf(concern.caseManager()) + ", case manager";
        return people.emailOf(concern.caseManager()).map(email -> name + ", " + email).orElse(name);
    }

    private static void fromDiscussion(Concern concern, PanelDiscussion discussion, Map<String, Object> draft) {
        draft.put("meetingDate", discussion.meetingDate().toString());
        draft.put("outcome", UpdateWording.outcome(discussion.decision(), concern.practitioner()));
        discussion.nextReviewBy().ifPresent(date -> draft.put("byWhen", date.toString()));
        draft.put("rightToRespond", UpdateWording.rightToRespond(discussion.decision()));
        for (PanelText text : panelTexts(discussion, concern.practitioner().personalName())) {
            if (text.usable()) {
                draft.put(text.field(), text.suggested());
            }
        }
    }

    private static List<PanelText> panelTexts(PanelDiscussion discussion, PersonalName name) {
        List<PanelText> texts = new ArrayList<>();
        texts.add(PanelText.of("concernsConsidered", "What the panel looked at", discussion.concernsConsidered(), name));
        texts.add(PanelText.of("reasons", "Why the panel decided this", discussion.reasons(), name));
        texts.add(PanelText.of("nextSteps", "What happens next", discussion.nextSteps(), name));
        Optional<String> undertakings = discussion.undertakingsOrConditions().filter(t -> !t.isBlank());
        undertakings.ifPresent(t -> texts.add(PanelText.of("undertakingsOrConditions", "Undertakings or conditions", t, name)));
        return texts;
    }
}
