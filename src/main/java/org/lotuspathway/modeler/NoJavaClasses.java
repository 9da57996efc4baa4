package org.lotuspathway.modeler;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Nothing names a Java class for the engine to load: no attribute called class or ending in Class
 * (camunda:class, formHandlerClass, variableMappingClass, and any the engine adds later), on any
 * element, in any namespace or none (listeners take class without a prefix), and form-field
 * constraints only of the kinds Camunda has built in (a "validator" names a class).
 */
final class NoJavaClasses implements DeploymentCheck {

    /** Camunda's own constraints; "validator" (a Java class) is the one left out. */
    static final Set<String> BUILT_IN_CONSTRAINTS = Set.of("required", "readonly", "minlength", "maxlength", "min", "max");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forEachElement((file, element) -> {
            String id = Dom.idOf(element);
            for (Attr attribute : Dom.attributes(element)) {
                if (Dom.localName(attribute).toLowerCase(Locale.ROOT).endsWith("class")) {
                    String where = attribute.getPrefix() == null ? " on " + element.getNodeName() : "";
                    problems.add(Problem.of(file, id, attribute.getNodeName() + where
                            + " is not allowed: it would run any Java class"));
                }
            }
            if ("constraint".equals(element.getLocalName()) && Dom.isExtension(element)) {
                checkConstraint(file, id, element.getAttribute("name"), problems);
            }
        });
    }

    private static void checkConstraint(ModelFile file, String id, String name, List<Problem> problems) {
        if ("validator".equals(name)) {
            problems.add(Problem.of(file, id, "Custom validators are not allowed: they would run any Java class"));
        } else if (!BUILT_IN_CONSTRAINTS.contains(name)) {
            problems.add(Problem.of(file, id, "The constraint " + name + " is not one of Camunda's own ("
                    + String.join(", ", new java.util.TreeSet<>(BUILT_IN_CONSTRAINTS)) + ")"));
        }
    }
}
