package org.lotuspathway.updates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;

/**
 * Beside a letter's form (the update after a panel, the closing letter): how it greets the
 * practitioner, its reading age as it stands and what raises it, where it still speaks about them,
 * the panel's own words as suggestions, and a button to see the letter as a PDF before sending.
 */
class LetterAside implements TaskAside {

    private final String taskKey;
    private final DraftReviews reviews;
    private final UpdateDrafts drafts;
    private final PractitionerUpdates updates;

    LetterAside(String taskKey, DraftReviews reviews, UpdateDrafts drafts, PractitionerUpdates updates) {
        this.taskKey = taskKey;
        this.reviews = reviews;
        this.drafts = drafts;
        this.updates = updates;
    }

    /** The update's button says what it does: the letter goes to the practitioner. */
    @Override
    public Optional<String> submitLabel() {
        return Optional.of(isUpdate() ? "Send the update" : "Close the case and send the letter");
    }

    private boolean isUpdate() {
        return ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE.equals(taskKey);
    }

    @Override
    public String taskKey() {
        return taskKey;
    }

    @Override
    public String template() {
        return "updates/letter-aside";
    }

    @Override
    public Map<String, Object> model(String businessKey) {
        throw new UnsupportedOperationException("A letter's aside reads the form's answers");
    }

    @Override
    public Map<String, Object> model(String businessKey, FormSchema form, Map<String, ?> values, String user) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("review", reviews.review(businessKey, taskKey, form, values, user));
        model.put("panelTexts", isUpdate() ? drafts.panelTexts(businessKey) : List.of());
        // The letter as the practitioner will read it in their portal, from the answers on the page now.
        model.put("letterPreview", isUpdate() ? updates.draftAfterPanel(businessKey, DraftAnswers.update(values), user)
                : updates.draftClosure(businessKey, DraftAnswers.closure(values), user));
        return model;
    }
}
