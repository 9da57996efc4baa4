package org.lotuspathway.process;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The only application beans an expression in a diagram can reach, by name. The engine resolves
 * names in {@code ${...}} from this list alone (process/engine/EngineSetup), not from the whole
 * application, so no expression can reach {@code identityService} or any other component; the
 * modeler's checks allow the same names.
 * <p>
 * Every new delegate or helper that a diagram names joins this list: PathwayBeansTests fails when
 * a diagram in {@code processes/} names a bean that is not on it.
 */
public final class PathwayBeans {

    /** Listeners and delegates, named as {@code delegateExpression="${name}"}. */
    public static final Set<String> DELEGATES = Set.of("recordTriage", "recordRiskBand", "recordCaseStep",
            "recordPanelDiscussion", "recordPractitionerUpdate", "recordClosure", "recordLessonsReview",
            "recordCheckIn", "recordScreening", "tellResponsibleOfficer");

    /** Helpers, each with the members a diagram may use: due dates and the check-in rhythm. */
    public static final Map<String, Set<String>> HELPERS = Map.of(
            "deadlines", Set.of("workingDays", "workingDaysAfter", "days", "hours", "forPanel"),
            "checkInSchedule", Set.of("cycle", "dueDate"));

    /** Every name on the list. */
    public static final Set<String> NAMES = Stream.concat(DELEGATES.stream(), HELPERS.keySet().stream())
            .collect(Collectors.toUnmodifiableSet());

    private PathwayBeans() {
    }
}
