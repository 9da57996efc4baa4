package org.lotuspathway.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's problems in the order of its questions on the page, as the summary above them lists
 * them: a problem found while reading the form and one found by the rules after it are told in
 * the order the person meets the questions. Fields not named come last, as they came.
 */
public final class PageOrder {

    private PageOrder() {
    }

    public static Map<String, String> of(Map<String, String> problems, List<String> fieldsInPageOrder) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fieldsInPageOrder.stream().filter(problems::containsKey).forEach(field -> ordered.put(field, problems.get(field)));
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
