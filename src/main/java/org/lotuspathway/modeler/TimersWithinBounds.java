package org.lotuspathway.modeler;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A timer says when it fires in a form whose bounds can be read from the text: an ISO 8601 date,
 * a duration or a counted cycle no shorter than the shortest allowed interval
 * ({@code lotus.modeler.shortest-timer}), or one of the pathway's deadline functions
 * ({@code ${deadlines...}}, {@code ${checkInSchedule...}}) or a plain variable for a date or
 * duration (each fires once). The one cycle that repeats until the case closes is the check-ins'
 * own, {@code ${checkInSchedule.cycle}}, whose interval the operator sets. Failed-job retry cycles
 * follow the rules of cycles. What such an expression may call is {@link ExpressionsAllowed}'s concern.
 * Which start events may have a timer at all is {@link NoRunawayProcesses}'s concern.
 */
final class TimersWithinBounds implements DeploymentCheck {

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}([.,]\\d+)?)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?");
    private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?");
    /** Seconds in each part of a duration, at its shortest: a year of 365 days, a month of 28. */
    private static final long[] SECONDS = {365L * 86_400, 28L * 86_400, 86_400, 3_600, 60, 1};
    private static final Pattern CYCLE = Pattern.compile("R(\\d*)/(.+)");
    private static final Pattern DEADLINE_FUNCTION =
            Pattern.compile("[$#]\\{\\s*(deadlines|checkInSchedule)\\s*\\.\\s*\\w+\\s*(\\([^()]*\\))?\\s*}");
    private static final Pattern PLAIN_VARIABLE = Pattern.compile("[$#]\\{\\s*[A-Za-z_]\\w*\\s*}");
    private static final Pattern CHECK_IN_CYCLE = Pattern.compile("[$#]\\{\\s*checkInSchedule\\s*\\.\\s*cycle\\s*}");

    /** The most times a counted cycle may repeat. */
    static final int MAX_REPEATS = 1000;
    /** The longest a timer may wait, or a cycle's interval be. */
    static final int LONGEST_YEARS = 10;
    /** Seconds in each part of a duration, at its longest: a year of 366 days, a month of 31. */
    private static final long[] LONGEST_SECONDS = {366L * 86_400, 31L * 86_400, 86_400, 3_600, 60, 1};
    private static final BigDecimal LONGEST = BigDecimal.valueOf(LONGEST_YEARS * 366L * 86_400);

    private static final String OR_EXPRESSION =
            ", one of the pathway's deadline functions (${deadlines...}, ${checkInSchedule...}) or a plain variable";

    private final Duration shortest;

    TimersWithinBounds(Duration shortest) {
        this.shortest = shortest;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forEachProcessElement((file, element) -> {
            String text = Dom.ownText(element).strip();
            String local = element.getLocalName();
            Optional<String> problem = Optional.empty();
            if (Dom.BPMN.equals(element.getNamespaceURI())) {
                problem = switch (local) {
                    case "timeDate" -> date(text);
                    case "timeDuration" -> duration(text);
                    case "timeCycle" -> cycle(text, true);
                    default -> Optional.empty();
                };
            } else if ("failedJobRetryTimeCycle".equals(local) && Dom.isCamunda(element.getNamespaceURI())) {
                problem = cycle(text, false);
            }
            problem.ifPresent(p -> problems.add(Problem.of(file, Dom.idOf(eventOf(element)), p)));
        });
    }

    /** The event a timer belongs to, which is what a lead sees drawn, rather than its definition. */
    private static Element eventOf(Element timer) {
        Node definition = timer.getParentNode();
        return "timerEventDefinition".equals(definition.getLocalName()) && definition.getParentNode() instanceof Element event
                ? event : timer;
    }

    private static Optional<String> date(String text) {
        if (DATE_TIME.matcher(text).matches() || isFunctionOrVariable(text)) {
            return Optional.empty();
        }
        return Optional.of("The timer date \"" + text + "\" must be an ISO 8601 date (like 2026-04-01T09:00)" + OR_EXPRESSION);
    }

    private Optional<String> duration(String text) {
        if (isFunctionOrVariable(text)) {
            return Optional.empty();
        }
        return seconds(text).map(seconds -> outOfBounds(text, seconds)).orElse(Optional.of(
                "The timer duration \"" + text + "\" must be an ISO 8601 duration (like P2D or PT4H)" + OR_EXPRESSION));
    }

    private static boolean isFunctionOrVariable(String text) {
        return DEADLINE_FUNCTION.matcher(text).matches() || PLAIN_VARIABLE.matcher(text).matches();
    }

    private Optional<String> cycle(String text, boolean checkInsAllowed) {
        if (checkInsAllowed && CHECK_IN_CYCLE.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher cycle = CYCLE.matcher(text);
        if (!cycle.matches()) {
            return Optional.of("The timer cycle \"" + text + "\" must be a counted ISO 8601 cycle, R<times>/<interval>"
                    + " (like R4/P7D)" + (checkInsAllowed ? ", or the check-ins' own ${checkInSchedule.cycle}" : ""));
        }
        if (cycle.group(1).isEmpty()) {
            return Optional.of("The timer cycle \"" + text + "\" repeats for ever: say how many times, like R4/P7D"
                    + (checkInsAllowed ? " (only the check-ins' own ${checkInSchedule.cycle} repeats until the case closes)" : ""));
        }
        if (cycle.group(1).length() > 4 || Integer.parseInt(cycle.group(1)) > MAX_REPEATS) {
            return Optional.of("The timer cycle \"" + text + "\" repeats " + cycle.group(1) + " times; at most "
                    + MAX_REPEATS + " are allowed");
        }
        String[] parts = cycle.group(2).split("/", -1);
        boolean startThenInterval = parts.length == 2 && DATE_TIME.matcher(parts[0]).matches();
        boolean intervalThenEnd = parts.length == 2 && DATE_TIME.matcher(parts[1]).matches();
        String interval = parts.length == 1 ? parts[0] : startThenInterval ? parts[1] : intervalThenEnd ? parts[0] : "";
        return seconds(interval).map(seconds -> outOfBounds(text, seconds)).orElse(Optional.of("The timer cycle \"" + text
                + "\" must be R<times>/<interval>, or R<times>/<start>/<interval>, with the interval an ISO 8601 duration (like R4/P7D)"));
    }

    private Optional<String> outOfBounds(String text, BigDecimal[] shortestAndLongest) {
        if (shortestAndLongest[0].compareTo(BigDecimal.valueOf(shortest.toSeconds())) < 0) {
            return Optional.of("The timer \"" + text + "\" fires sooner or more often than the shortest interval allowed, "
                    + shortest + " (lotus.modeler.shortest-timer)");
        }
        if (shortestAndLongest[1].compareTo(LONGEST) > 0) {
            return Optional.of("The timer \"" + text + "\" waits longer than " + LONGEST_YEARS + " years, the longest allowed");
        }
        return Optional.empty();
    }

    /**
     * The shortest and the longest time an ISO 8601 duration can mean, in seconds, or empty if it is
     * not one. BigDecimal, so that no count of digits can overflow.
     */
    private static Optional<BigDecimal[]> seconds(String text) {
        Matcher weeks = WEEKS.matcher(text);
        if (weeks.matches()) {
            BigDecimal seconds = new BigDecimal(weeks.group(1)).multiply(BigDecimal.valueOf(7 * 86_400));
            return Optional.of(new BigDecimal[] {seconds, seconds});
        }
        Matcher duration = DURATION.matcher(text);
        if (!duration.matches() || text.equals("P") || text.endsWith("T")) {
            return Optional.empty();
        }
        BigDecimal least = BigDecimal.ZERO;
        BigDecimal most = BigDecimal.ZERO;
        for (int part = 0; part < SECONDS.length; part++) {
            String amount = duration.group(part + 1);
            if (amount != null) {
                BigDecimal value = new BigDecimal(amount.replace(',', '.'));
                least = least.add(value.multiply(BigDecimal.valueOf(SECONDS[part])));
                most = most.add(value.multiply(BigDecimal.valueOf(LONGEST_SECONDS[part])));
            }
        }
        return Optional.of(new BigDecimal[] {least, most});
    }
}
