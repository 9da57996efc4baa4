package org.lotuspathway.process.engine;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.springframework.stereotype.Component;

/**
 * Reads FEEL as Camunda's DMN engine will: with the Scala FEEL engine it evaluates decision tables
 * with (feel-engine, bundled with Camunda 7.24), parsing only, nothing evaluated. Camunda parses a
 * table's entries only when a decision is first evaluated, so without this a typo deploys and fails
 * the first case that reaches the table. Run only on text the modeler's FEEL rules have passed.
 */
@Component
public class FeelSyntax {

    /** External (Java) functions stay off, as in the engine. */
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().withEnabledExternalFunctions(false).build();

    /** Why an input entry (unary tests, such as {@code [8..12]} or {@code >= 15}) cannot be read, if it cannot. */
    public Optional<String> unaryTestsProblem(String text) {
        return problem(() -> FEEL.parseUnaryTests(text));
    }

    /** Why an output entry or an input expression (such as {@code "HIGH"} or {@code likelihood * impact}) cannot be read. */
    public Optional<String> expressionProblem(String text) {
        return problem(() -> FEEL.parseExpression(text));
    }

    private static Optional<String> problem(Supplier<ParseResult> parse) {
        try {
            ParseResult result = parse.get();
            return result.isSuccess() ? Optional.empty() : Optional.of(result.failure().message());
        } catch (RuntimeException | StackOverflowError e) {
            // the last line: the text was checked to be short and shallow before it came here
            return Optional.of("FEEL cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }
}
