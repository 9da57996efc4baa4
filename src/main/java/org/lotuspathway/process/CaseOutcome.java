package org.lotuspathway.process;

import java.util.Optional;

/**
 * What was decided on a case, in a few words, for lists of a practitioner's cases (their record,
 * triage of a new concern): the panel's latest decision, else where triage sent the case. Each
 * feature that decides answers through one of these instead of others reading its records.
 */
public interface CaseOutcome {

    /** Lower first: the first that has an outcome for a case gives it. */
    int precedence();

    Optional<String> of(String businessKey);
}
