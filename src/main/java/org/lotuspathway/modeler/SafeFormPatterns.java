package org.lotuspathway.modeler;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Each field's validate.pattern is a string, short, written in the small syntax {@link SafeRegex}
 * allows (which the browser's JavaScript reads alike and cannot take exponential time over), and
 * only then a regular expression the server's linear-time engine (RE2/J, in forms/FormValidator)
 * reads: RE2/J copies every counted repetition while compiling, so a pattern such as
 * {@code (?:(?:a{1000}){1000}){1000}} must be refused before it is ever compiled. A form holds at
 * most {@link #MAX_PATTERNS_PER_FORM} patterns, each of which the server matches every answer against.
 */
final class SafeFormPatterns implements DeploymentCheck {

    /** The longest validate.pattern a form may give. */
    static final int MAX_PATTERN_LENGTH = 200;
    /** The most patterns one form may give; the pathway's own forms give at most two. */
    static final int MAX_PATTERNS_PER_FORM = 10;

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forms().forEach((file, definition) -> {
            int patterns = checkComponents(file, definition.path("components"), problems);
            if (patterns > MAX_PATTERNS_PER_FORM) {
                problems.add(Problem.of(file, "The form gives " + patterns + " answer patterns; keep it to "
                        + MAX_PATTERNS_PER_FORM + " (the server checks every answer against each)"));
            }
        });
    }

    /** Checks the patterns of the components and of those inside them; how many there are. */
    private static int checkComponents(ModelFile file, JsonNode components, List<Problem> problems) {
        int patterns = 0;
        for (JsonNode component : components) {
            JsonNode validate = component.path("validate");
            if (validate.has("pattern")) {
                patterns++;
                JsonNode pattern = validate.get("pattern");
                Optional<String> problem = pattern.isTextual() ? problemWith(pattern.asText())
                        : Optional.of("The pattern must be text, such as \"^[A-Z]{2}\\\\d{6}$\", not " + kindOf(pattern));
                problem.ifPresent(p -> problems.add(Problem.of(file, FormsAreCheckable.componentId(component), p)));
            }
            patterns += checkComponents(file, component.path("components"), problems);
        }
        return patterns;
    }

    private static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "nothing (null)";
        };
    }

    static Optional<String> problemWith(String pattern) {
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            return Optional.of("The pattern is " + pattern.length() + " characters long; keep it to " + MAX_PATTERN_LENGTH);
        }
        Optional<String> unsafe = SafeRegex.problemWith(pattern).map(problem -> "The pattern " + pattern + " " + problem);
        if (unsafe.isPresent()) {
            return unsafe;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Optional.of("The pattern " + pattern + " is not a valid regular expression: " + e.getDescription());
        } catch (StackOverflowError e) {
            // the syntax above keeps patterns far from this; the last line, should RE2/J ever recurse deeper
            return Optional.of("The pattern " + pattern + " is too deeply nested to read");
        }
        return Optional.empty();
    }
}
