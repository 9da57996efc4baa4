package org.lotuspathway.modeler;

import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Work outside the pathway's own delegates is done by a separate worker (camunda:type="external"),
 * never by the server itself: the engine's built-in "shell" and "mail" types would run a command or
 * send mail from it, and connectors (plugins) would call other systems from it.
 */
final class OnlyExternalServiceTasks implements DeploymentCheck {

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forEachElement((file, element) -> {
            String id = Dom.idOf(element);
            if ("connector".equals(element.getLocalName()) && Dom.isExtension(element)) {
                problems.add(Problem.of(file, id, "Connectors are not allowed: they would call other systems from the server"));
            }
            for (Attr attribute : Dom.attributes(element)) {
                if ("type".equals(Dom.localName(attribute)) && Dom.isCamunda(attribute.getNamespaceURI())
                        && !"external".equals(attribute.getValue())) {
                    problems.add(Problem.of(file, id, attribute.getNodeName() + "=\"" + attribute.getValue()
                            + "\" is not allowed: a service task here is either one of the pathway's own delegates"
                            + " or external (camunda:type=\"external\", done by a separate worker); shell and mail"
                            + " would run commands or send mail from the server"));
                }
            }
        });
    }
}
