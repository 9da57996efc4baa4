package org.lotuspathway.modeler;

import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * No script in any form: script tasks, scripts in listeners and parameters, script resources,
 * conditions in a script language, decision tables in any language but FEEL, and FEEL calling
 * Java. Camunda reads Activiti's namespace as its own, so both count.
 */
final class NoScripts implements DeploymentCheck {

    /**
     * The names FEEL goes by in the DMN standard's versions and in Camunda's engine ("feel"); any
     * other language (JUEL, scripts) is refused.
     */
    private static final Set<String> FEEL = Set.of("http://www.omg.org/spec/FEEL/20140401", "feel",
            "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/");

    /** Elements whose text is prose for people, not FEEL. */
    private static final Set<String> PROSE = Set.of("documentation", "description");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forEachElement((file, element) -> {
            String id = Dom.idOf(element);
            String local = element.getLocalName();
            if ("scriptTask".equals(local)) {
                problems.add(Problem.of(file, id, "Script tasks are not allowed: they would run code on the server"));
            }
            if ("script".equals(local) && Dom.isExtension(element)) {
                problems.add(Problem.of(file, id, "Scripts in listeners or parameters are not allowed: they would run code on the server"));
            }
            for (Attr attribute : Dom.attributes(element)) {
                checkAttribute(file, id, element, attribute, problems);
            }
            if (file.kind() == ModelFile.Kind.DMN && !PROSE.contains(local) && FeelRules.callsJava(Dom.ownText(element))) {
                problems.add(Problem.of(file, id, "FEEL here may not call Java (external functions)"));
            }
        });
    }

    private static void checkAttribute(ModelFile file, String id, Element element, Attr attribute, List<Problem> problems) {
        String name = Dom.localName(attribute);
        String value = attribute.getValue();
        boolean camunda = Dom.isExtension(element) || Dom.isCamunda(attribute.getNamespaceURI());
        if ("scriptFormat".equals(name) || "resource".equals(name) && camunda) {
            problems.add(Problem.of(file, id, "Scripts are not allowed: they would run code on the server"));
        } else if ("language".equals(name)) {
            problems.add(Problem.of(file, id, "An expression in the language " + value
                    + " is a script, which is not allowed: write a plain ${...} expression"));
        } else if ("expressionLanguage".equals(name) && !FEEL.contains(value)) {
            problems.add(Problem.of(file, id, "The expression language " + value + " is not allowed; use FEEL"));
        }
    }
}
