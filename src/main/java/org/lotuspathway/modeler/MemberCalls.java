package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a diagram may use each member of the pathway's helper beans: a due date so many days, working
 * days or hours ahead takes a literal whole number within bounds (a count of 0, -5 or a million
 * would make a task due now, in the past, or keep the engine counting working days for ever), and
 * the others take a plain variable or nothing. A property ({@code checkInSchedule.cycle},
 * {@code execution.processBusinessKey}) is not called at all.
 */
final class MemberCalls {

    /** One argument: a literal whole number from least to most, or (most 0) a plain variable. */
    record Argument(int least, int most) {

        static final Argument VARIABLE = new Argument(0, 0);

        static Argument count(int least, int most) {
            return new Argument(least, most);
        }

        boolean isVariable() {
            return most == 0;
        }

        String describe() {
            return isVariable() ? "a plain variable" : "a whole number from " + least + " to " + most;
        }
    }

    /** The members that are methods, with the arguments each takes. */
    static final Map<String, List<Argument>> METHODS = Map.of(
            "deadlines.workingDays", List.of(Argument.count(1, 260)),
            "deadlines.workingDaysAfter", List.of(Argument.VARIABLE, Argument.count(1, 260)),
            "deadlines.days", List.of(Argument.count(1, 730)),
            "deadlines.hours", List.of(Argument.count(1, 720)),
            "deadlines.forPanel", List.of(Argument.VARIABLE),
            "checkInSchedule.dueDate", List.of());

    /** The members that are read as properties, never called. */
    static final Set<String> PROPERTIES = Set.of("checkInSchedule.cycle", "execution.processBusinessKey");

    private MemberCalls() {
    }

    /**
     * Why the use of the member whose name ends just before {@code at} is refused, in words to follow
     * "The expression ...", if it is.
     */
    static Optional<String> problemWith(String member, List<String[]> tokens, int at) {
        boolean called = at < tokens.size() && "(".equals(tokens.get(at)[1]);
        List<Argument> signature = METHODS.get(member);
        if (signature == null) {
            return called || !PROPERTIES.contains(member)
                    ? Optional.of("calls " + member + ", which is not a method diagrams may call") : Optional.empty();
        }
        if (!called) {
            return Optional.of("uses " + member + " without calling it: write " + member + "(" + describe(signature) + ")");
        }
        List<List<String[]>> arguments = arguments(tokens, at + 1);
        if (arguments == null || arguments.size() != signature.size()) {
            return Optional.of("calls " + member + " with other arguments than it takes: " + member + "("
                    + describe(signature) + ")");
        }
        for (int i = 0; i < signature.size(); i++) {
            if (!fits(signature.get(i), arguments.get(i))) {
                return Optional.of("gives " + member + " the argument " + text(arguments.get(i)) + ", which must be "
                        + signature.get(i).describe());
            }
        }
        return Optional.empty();
    }

    /** The arguments from just after the "(" to the matching ")", each as its tokens; null if not closed. */
    private static List<List<String[]>> arguments(List<String[]> tokens, int from) {
        List<List<String[]>> arguments = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            String text = tokens.get(i)[1];
            if (depth == 0 && (")".equals(text) || ",".equals(text))) {
                if (!current.isEmpty() || ",".equals(text) || !arguments.isEmpty()) {
                    arguments.add(current);
                }
                if (")".equals(text)) {
                    return arguments;
                }
                current = new ArrayList<>();
                continue;
            }
            depth += "(".equals(text) ? 1 : ")".equals(text) ? -1 : 0;
            current.add(tokens.get(i));
        }
        return null;
    }

    private static boolean fits(Argument argument, List<String[]> tokens) {
        if (tokens.size() != 1) {
            return false;
        }
        String kind = tokens.get(0)[0];
        String text = tokens.get(0)[1];
        if (argument.isVariable()) {
            return "name".equals(kind);
        }
        if (!"number".equals(kind) || !text.matches("\\d{1,6}")) {
            return false;
        }
        int number = Integer.parseInt(text);
        return number >= argument.least() && number <= argument.most();
    }

    private static String describe(List<Argument> signature) {
        return String.join(", ", signature.stream().map(Argument::describe).toList());
    }

    private static String text(List<String[]> tokens) {
        StringBuilder text = new StringBuilder();
        tokens.forEach(token -> text.append(token[1]));
        return text.isEmpty() ? "(nothing)" : text.toString();
    }
}
