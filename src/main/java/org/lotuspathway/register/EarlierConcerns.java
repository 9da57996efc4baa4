package org.lotuspathway.register;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;
import org.lotuspathway.process.TaskDraft;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage knows the practitioner's history: beside the triage form, the concerns raised about them
 * before this one and their outcomes; in the form, "there have been previous concerns" ticked and
 * described when there were any. The person triaging can still change both; the decision table
 * reads what they submit.
 */
@Component
class EarlierConcerns implements TaskAside, TaskDraft {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Concerns concerns;
    /** The triage form's limit for previousConcernsDetails (forms/triage-concern.form). */
    static final int DETAILS_MAX_LENGTH = 4000;
    private static final String MORE = "\nAnd %d earlier, on the practitioner's record.";

    private final PractitionerRecords records;

    EarlierConcerns(Concerns concerns, PractitionerRecords records) {
        this.concerns = concerns;
        this.records = records;
    }

    @Override
    public String taskKey() {
        return ConcernPathway.TASK_TRIAGE_CONCERN;
    }

    @Override
    public String template() {
        return "register/earlier-concerns";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(String businessKey) {
        Concern concern = concerns.get(businessKey);
        return Map.of("earlierConcerns", before(businessKey), "practitioner", concern.practitioner());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> draft(String businessKey) {
        List<PractitionerFile.CaseSummary> earlier = before(businessKey);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put(ConcernPathway.VAR_PREVIOUS_CONCERNS, !earlier.isEmpty());
        if (!earlier.isEmpty()) {
            draft.put("previousConcernsDetails", within(DETAILS_MAX_LENGTH, earlier));
        }
        return draft;
    }

    /**
     * The newest concerns that fit the field, and how many more there are: a practitioner with
     * many earlier concerns must not get a draft their own form refuses.
     */
    static String within(int maxLength, List<PractitionerFile.CaseSummary> earlier) {
        StringBuilder details = new StringBuilder();
        for (int shown = 0; shown < earlier.size(); shown++) {
            String line = (shown == 0 ? "" : "\n") + line(earlier.get(shown));
            int left = earlier.size() - shown - 1;
            String more = left == 0 ? "" : MORE.formatted(left);
            if (details.length() + line.length() + more.length() > maxLength) {
                return (details + MORE.formatted(earlier.size() - shown)).strip();
            }
            details.append(line);
        }
        return details.toString();
    }

    /** The concerns about the same practitioner raised before this one, newest first. */
    private List<PractitionerFile.CaseSummary> before(String businessKey) {
        List<PractitionerFile.CaseSummary> all = records.concernsAbout(concerns.get(businessKey).practitioner());
        int self = all.stream().map(PractitionerFile.CaseSummary::businessKey).toList().indexOf(businessKey);
        return all.subList(self + 1, all.size());
    }

    private static String line(PractitionerFile.CaseSummary earlier) {
        String state = earlier.isOpen() ? "still open (" + earlier.stage().label() + ")"
                : "closed on " + DATE.format(earlier.closedOn());
        return "%s, opened %s, %s: %s".formatted(earlier.businessKey(), DATE.format(earlier.openedOn()), state,
                earlier.outcome() == null ? "no outcome yet" : earlier.outcome());
    }
}
