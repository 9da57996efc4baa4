package org.lotuspathway.learning.exchange;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A bundle of anonymised lessons-learnt entries, as one organisation shares them with others: the
 * format docs/learning-exchange.schema.json describes. Codes are kept as text here, as they travel;
 * the schema decides which are allowed.
 */
@JsonPropertyOrder({"schemaVersion", "organisation", "exportedOn", "entries", "heldBack"})
public record ExchangeBundle(int schemaVersion, Organisation organisation, String exportedOn, List<Entry> entries,
        List<HeldBack> heldBack) {

    public static final int VERSION = 1;

    public record Organisation(String code, String name) {
    }

    /** {@code reviewedMonth}: a month, or, generalised for k-anonymity, a quarter or a year ({@link Period}). */
    @JsonPropertyOrder({"id", "profession", "concernAreas", "route", "outcome", "reviewedMonth", "themes",
            "seipsFactors", "learning", "actions"})
    public record Entry(String id, String profession, List<String> concernAreas, String route, String outcome,
            String reviewedMonth, List<Theme> themes, List<String> seipsFactors, String learning, List<Action> actions) {
    }

    public record Theme(String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String description, String status, WhatChanged whatChanged) {
    }

    /** How the learning was taken forward: what changed as a result, and the month that was recorded. */
    public record WhatChanged(String text, String month) {
    }

    /** An entry kept back, and why, never quoting what was found. */
    public record HeldBack(String reason) {
    }

    /** Concern areas generalised for k-anonymity. */
    public static final String MORE_THAN_ONE = "more than one";
    public static final String NO_PANEL = "NO_PANEL";
    public static final String NOT_TRIAGED = "NOT_TRIAGED";
}
