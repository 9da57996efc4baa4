package org.lotuspathway.modeler;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Every ${...} and #{...} in an attribute or in an element's text is of the kinds
 * {@link ExpressionRules} allows, and every delegate or mapping bean is one of the pathway's own.
 * Not looked at here: prose (documentation, descriptions, text annotations), which is never
 * evaluated, and a decision table's FEEL (its text elements), which {@link NoScripts} checks.
 */
final class ExpressionsAllowed implements DeploymentCheck {

    /** Attributes naming a bean the engine would call: only the pathway's own delegates. */
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
    private static final Set<String> PROSE = Set.of("documentation", "text", "description");

    private final ExpressionRules expressions;

    ExpressionsAllowed(ExpressionRules expressions) {
        this.expressions = expressions;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forEachElement((file, element) -> {
            String id = Dom.shownIdOf(element);
            for (Attr attribute : Dom.attributes(element)) {
                String value = attribute.getValue();
                if (DELEGATE_ATTRIBUTES.contains(Dom.localName(attribute))) {
                    if (!isDelegateBean(value)) {
                        problems.add(Problem.of(file, id, "The delegate " + value + " is not one of the pathway's own ("
                                + String.join(", ", new TreeSet<>(ExpressionRules.DELEGATE_BEANS)) + ")"));
                    }
                } else {
                    expressions.problemIn(value).ifPresent(problem -> problems.add(Problem.of(file, id, problem)));
                }
            }
            if (!PROSE.contains(element.getLocalName())) {
                expressions.problemIn(Dom.ownText(element)).ifPresent(problem -> problems.add(Problem.of(file, id, problem)));
            }
        });
    }

    private static boolean isDelegateBean(String value) {
        return value.startsWith("${") && value.endsWith("}")
                && ExpressionRules.DELEGATE_BEANS.contains(value.substring(2, value.length() - 1).strip());
    }
}
