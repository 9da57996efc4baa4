package org.lotuspathway.modeler;

import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * A form named by a diagram is one of the forms deployed with it: a camunda:formKey only as
 * {@code camunda-forms:deployment:forms/<name>.form} (never an address elsewhere, an embedded HTML
 * form or an expression), and a start event's camunda:formRef one of the forms' ids. A user task's
 * camunda:formRef, the pathway's usual way, is {@link PathwayRules}' to check.
 */
final class FormKeysAreDeployedForms implements DeploymentCheck {

    static final String DEPLOYED_FORM = "camunda-forms:deployment:";

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Set<String> formResources = models.formResources();
        Set<String> formIds = models.formIds();
        models.forEachProcessElement((file, element) -> {
            for (Attr attribute : Dom.attributes(element)) {
                if (!Dom.isCamunda(attribute.getNamespaceURI())) {
                    continue;
                }
                String value = attribute.getValue().strip();
                if ("formKey".equals(Dom.localName(attribute))) {
                    if (!value.startsWith(DEPLOYED_FORM)) {
                        problems.add(Problem.of(file, Dom.idOf(element), "The form key " + value + " is not a form"
                                + " deployed with the pathway: refer to one of its forms with a form reference"
                                + " (camunda:formRef), or as " + DEPLOYED_FORM + "forms/<name>.form"));
                    } else if (!formResources.contains(value.substring(DEPLOYED_FORM.length()))) {
                        problems.add(Problem.of(file, Dom.idOf(element), "The form "
                                + value.substring(DEPLOYED_FORM.length()) + " is not one of the pathway's forms"));
                    }
                } else if ("formRef".equals(Dom.localName(attribute)) && !"userTask".equals(element.getLocalName())
                        && !formIds.contains(value)) {
                    problems.add(Problem.of(file, Dom.idOf(element), "The form " + value + " does not exist"));
                }
            }
        });
    }
}
