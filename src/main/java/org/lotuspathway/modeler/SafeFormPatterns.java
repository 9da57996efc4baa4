package org.lotuspathway.modeler;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Each field's validate.pattern is short, a regular expression the server's linear-time engine
 * (RE2/J, in forms/FormValidator) reads, and written in the small syntax {@link SafeRegex} allows,
 * which the browser's JavaScript reads alike and cannot take exponential time over.
 */
final class SafeFormPatterns implements DeploymentCheck {

    /** The longest validate.pattern a form may give. */
    static final int MAX_PATTERN_LENGTH = 200;

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forms().forEach((file, definition) -> checkComponents(file, definition.path("components"), problems));
    }

    private static void checkComponents(ModelFile file, JsonNode components, List<Problem> problems) {
        for (JsonNode component : components) {
            JsonNode pattern = component.path("validate").path("pattern");
            if (pattern.isTextual()) {
                problemWith(pattern.asText()).ifPresent(problem ->
                        problems.add(Problem.of(file, FormsAreCheckable.componentId(component), problem)));
            }
            checkComponents(file, component.path("components"), problems);
        }
    }

    static Optional<String> problemWith(String pattern) {
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            return Optional.of("The pattern is " + pattern.length() + " characters long; keep it to " + MAX_PATTERN_LENGTH);
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Optional.of("The pattern " + pattern + " is not a valid regular expression: " + e.getDescription());
        }
        return SafeRegex.problemWith(pattern).map(problem -> "The pattern " + pattern + " " + problem);
    }
}
