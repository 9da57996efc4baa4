package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.lotuspathway.common.FoldedWords;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;

/**
 * What the register shows: a search (a case reference, a registration number, or the start of
 * words of the practitioner's name), narrowed by profession, stage, risk band, case manager, the
 * dates opened and whether open, paused or closed; in an order; a page at a time. Read from a query
 * string by {@link #parse}, which decides what each value is from its text alone.
 */
public record RegisterFilter(String q, Profession profession, Stage stage, RiskBand riskBand, String caseManager,
        LocalDate openedFrom, LocalDate openedTo, CaseStatus status, RegisterSort sort, int page) {

    /** What a username may hold (ours, or one single sign-on brings, such as an email address). */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._@+-]+");

    public static final int PAGE_SIZE = 25;
    static final int MAX_SEARCH_LENGTH = 100;
    static final int MAX_PAGE = 1_000_000;
    static final String PAGE_PROBLEM = "page must be a whole number from 0";

    private static final Pattern BUSINESS_KEY = Pattern.compile("PSC-\\d{4}-\\d{1,10}", Pattern.CASE_INSENSITIVE);

    /** How the search is read: as a case reference, a registration number, or words of a name. */
    public enum SearchKind { NONE, BUSINESS_KEY, REGISTER_NUMBER, NAME }

    public record Parsed(RegisterFilter filter, Map<String, String> errors) {
    }

    public static RegisterFilter everything() {
        return new RegisterFilter(null, null, null, null, null, null, null, null, RegisterSort.OPENED_NEWEST, 0);
    }

    /** The filter the parameters ask for, less any that are wrong, with a message for each of those. */
    public static Parsed parse(Map<String, String> parameters) {
        Map<String, String> errors = new LinkedHashMap<>();
        String q = text(parameters.get("q"));
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            errors.put("q", "Search for at most " + MAX_SEARCH_LENGTH + " characters");
            q = null;
        } else if (q != null && searchKindOf(q) == SearchKind.NONE) {
            errors.put("q", "Search for a case reference, a registration number or part of a name");
            q = null;
        }
        String caseManager = text(parameters.get("caseManager"));
        if (caseManager != null && caseManager.length() > 100) {
            errors.put("caseManager", "A case manager's username has at most 100 characters");
            caseManager = null;
        } else if (caseManager != null && !USERNAME.matcher(caseManager).matches()) {
            errors.put("caseManager", "A case manager's username is letters, digits and . _ @ + - only");
            caseManager = null;
        }
        LocalDate from = date(parameters, "openedFrom", errors);
        LocalDate to = date(parameters, "openedTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("openedTo", "The end of the dates opened must not be before their start");
            to = null;
        }
        CaseStatus status = choice(CaseStatus.class, parameters, "status", errors);
        String open = text(parameters.get("open"));
        if (open != null && status == null) {
            switch (open.toLowerCase(Locale.ROOT)) {
                case "true" -> status = CaseStatus.OPEN;
                case "false" -> status = CaseStatus.CLOSED;
                default -> errors.put("open", "open must be true or false");
            }
        }
        RegisterSort sort = choice(RegisterSort.class, parameters, "sort", errors);
        return new Parsed(new RegisterFilter(q, choice(Profession.class, parameters, "profession", errors),
                choice(Stage.class, parameters, "stage", errors), choice(RiskBand.class, parameters, "riskBand", errors),
                caseManager, from, to, status, sort == null ? RegisterSort.OPENED_NEWEST : sort,
                page(parameters, errors)), errors);
    }

    public SearchKind searchKind() {
        return q == null ? SearchKind.NONE : searchKindOf(q);
    }

    /** The search as the database holds it: an upper-case reference or number, or folded words. */
    String businessKey() {
        return q.toUpperCase(Locale.ROOT);
    }

    String registerNumber() {
        return q.toUpperCase(Locale.ROOT);
    }

    List<String> nameWords() {
        return FoldedWords.listOf(q);
    }

    public int offset() {
        return page * PAGE_SIZE;
    }

    public RegisterFilter onPage(int number) {
        return new RegisterFilter(q, profession, stage, riskBand, caseManager, openedFrom, openedTo, status, sort, number);
    }

    /** The filter in a few words, for the audit log. */
    String describe() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("q", q);
        set.put("profession", profession);
        set.put("stage", stage);
        set.put("riskBand", riskBand);
        set.put("caseManager", caseManager);
        set.put("openedFrom", openedFrom);
        set.put("openedTo", openedTo);
        set.put("status", status);
        set.values().removeIf(java.util.Objects::isNull);
        return set.isEmpty() ? "every case" : set.toString();
    }

    private static SearchKind searchKindOf(String q) {
        if (BUSINESS_KEY.matcher(q).matches()) {
            return SearchKind.BUSINESS_KEY;
        }
        if (Arrays.stream(Register.values()).anyMatch(register -> register.accepts(q.toUpperCase(Locale.ROOT)))) {
            return SearchKind.REGISTER_NUMBER;
        }
        return FoldedWords.of(q).isEmpty() ? SearchKind.NONE : SearchKind.NAME;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> parameters, String name,
            Map<String, String> errors) {
        String value = text(parameters.get(name));
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.put(name, name + " must be one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }

    private static LocalDate date(Map<String, String> parameters, String name, Map<String, String> errors) {
        String value = text(parameters.get(name));
        if (value == null) {
            return null;
        }
        LocalDate date = RecordDates.read(value).orElse(null);
        if (date == null) {
            errors.put(name, RecordDates.problem(name));
        }
        return date;
    }

    private static int page(Map<String, String> parameters, Map<String, String> errors) {
        int page = pageNumber(parameters.get("page"));
        if (page < 0) {
            errors.put("page", PAGE_PROBLEM);
            return 0;
        }
        return page;
    }

    /** A page number from 0 to {@link #MAX_PAGE}; 0 when none is given; -1 for anything else. */
    static int pageNumber(String text) {
        String value = text(text);
        if (value == null) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value);
            return page >= 0 && page <= MAX_PAGE ? page : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
