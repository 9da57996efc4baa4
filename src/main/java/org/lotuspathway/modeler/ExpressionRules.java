package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lotuspathway.process.PathwayBeans;

/**
 * What an expression in a deployed diagram may be. The engine resolves only the beans on
 * {@link PathwayBeans}, and these rules let a diagram use only some of their members. Allowed: plain
 * process variables, literals, simple comparisons and logic, the pathway's own delegate beans, and
 * a few named members of the pathway's helper beans, called with arguments of the kinds
 * {@link MemberCalls} allows (literal numbers within bounds, plain variables). Nothing else: no
 * other method calls, no property paths, no indexing, no functions.
 */
final class ExpressionRules {

    /** The beans a diagram may name as listeners or delegates: the engine resolves no others. */
    static final Set<String> DELEGATE_BEANS = PathwayBeans.DELEGATES;

    /** Helper beans and the members a diagram may use: due dates, the check-in rhythm, the case reference. */
    static final Map<String, Set<String>> MEMBERS = Stream.concat(PathwayBeans.HELPERS.entrySet().stream(),
                    Stream.of(Map.entry("execution", Set.of("processBusinessKey"))))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "empty", "true", "false", "null", "div", "mod");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<string>'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")|(?<number>\\d+(?:\\.\\d+)?)"
                    + "|(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<op>==|!=|<=|>=|&&|\\|\\||[<>!+\\-*/%?:(),.\\[\\]]))");

    private final Predicate<String> isApplicationBean;

    ExpressionRules(Predicate<String> isApplicationBean) {
        this.isApplicationBean = isApplicationBean;
    }

    /** Every expression in the text, each checked; the reason the first bad one is refused. */
    Optional<String> problemIn(String text) {
        Matcher expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            Optional<String> problem = problemInBody(expressions.group(1));
            if (problem.isPresent()) {
                return Optional.of("The expression " + expressions.group() + " " + problem.get());
            }
        }
        if (text.contains("${") || text.contains("#{")) {
            if (!EXPRESSION.matcher(text).find()) {
                return Optional.of("The expression in \"" + text + "\" is not closed");
            }
        }
        return Optional.empty();
    }

    private Optional<String> problemInBody(String body) {
        List<String[]> tokens = tokens(body);
        if (tokens == null) {
            return Optional.of("contains characters an expression here may not use");
        }
        for (int i = 0; i < tokens.size(); i++) {
            String kind = tokens.get(i)[0];
            String text = tokens.get(i)[1];
            String next = i + 1 < tokens.size() ? tokens.get(i + 1)[1] : "";
            String previous = i > 0 ? tokens.get(i - 1)[1] : "";
            if ("[".equals(text) || "]".equals(text)) {
                return Optional.of("uses [ ], which is not allowed");
            }
            if (".".equals(text) && !"name".equals(i > 0 ? tokens.get(i - 1)[0] : "")) {
                return Optional.of("calls a method on a value, which is not allowed");
            }
            if (!"name".equals(kind) || ".".equals(previous)) {
                continue;
            }
            if (".".equals(next)) {
                String member = i + 2 < tokens.size() ? tokens.get(i + 2)[1] : "";
                if (!MEMBERS.getOrDefault(text, Set.of()).contains(member)) {
                    return Optional.of("uses " + text + "." + member + ", which diagrams may not call");
                }
                if (i + 3 < tokens.size() && ".".equals(tokens.get(i + 3)[1])) {
                    return Optional.of("goes deeper than " + text + "." + member + ", which is not allowed");
                }
                Optional<String> call = MemberCalls.problemWith(text + "." + member, tokens, i + 3);
                if (call.isPresent()) {
                    return call;
                }
                continue;
            }
            if ("(".equals(next)) {
                return Optional.of("calls the function " + text + ", which is not allowed");
            }
            if (KEYWORDS.contains(text) || DELEGATE_BEANS.contains(text)) {
                continue;
            }
            if (MEMBERS.containsKey(text) || isApplicationBean.test(text)) {
                return Optional.of("refers to the application component " + text + ", which diagrams may not use");
            }
        }
        return Optional.empty();
    }

    /** The tokens of an expression, or null if it holds anything else. */
    private static List<String[]> tokens(String body) {
        List<String[]> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(body);
        int at = 0;
        while (at < body.length()) {
            if (body.substring(at).isBlank()) {
                break;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                return null;
            }
            for (String kind : new String[] {"string", "number", "name", "op"}) {
                if (matcher.group(kind) != null) {
                    tokens.add(new String[] {kind, matcher.group(kind)});
                }
            }
            at = matcher.end();
        }
        return tokens;
    }
}
