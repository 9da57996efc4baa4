package org.lotuspathway.process;

import java.util.List;

/**
 * One feature's part of a case's page: what it recorded on the case, and its lines of the case's
 * timeline. The case page asks every feature for its part instead of reading their records; a new
 * feature shows itself on the page by adding one.
 */
public interface CaseSection {

    /** Top to bottom on the case page. */
    int order();

    /** The Thymeleaf template holding the fragment {@code section(records)}, such as "panel/case-section". */
    String template();

    Part read(String businessKey);

    /** The records the fragment shows, and the feature's lines of the timeline. */
    record Part(Object records, List<TimelineEntry> timeline) {
    }
}
