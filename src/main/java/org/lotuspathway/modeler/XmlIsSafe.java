package org.lotuspathway.modeler;

import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Each diagram stands alone: no XInclude (elements, attributes, or even a declaration of its
 * namespace, whatever a parser would make of it) and no imports of other documents. That no
 * DOCTYPE is declared is already settled when the file is read ({@link ModelSet}).
 */
final class XmlIsSafe implements DeploymentCheck {

    private static final Set<String> XINCLUDE = Set.of("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forEachElement((file, element) -> {
            if (namesXInclude(element)) {
                problems.add(Problem.of(file, Dom.idOf(element), "XInclude (" + element.getNodeName()
                        + ") is not allowed: a file here must not pull in other files"));
            }
            if ("import".equals(element.getLocalName())
                    && (Dom.BPMN.equals(element.getNamespaceURI()) || Dom.DMN.equals(element.getNamespaceURI()))) {
                problems.add(Problem.of(file, Dom.idOf(element), "Imports are not allowed: each file must stand"
                        + " alone, with everything it uses deployed with it"));
            }
        });
    }

    private static boolean namesXInclude(Element element) {
        if (isXInclude(element.getNamespaceURI())) {
            return true;
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Attr attribute = (Attr) element.getAttributes().item(i);
            if (isXInclude(attribute.getNamespaceURI())
                    || Dom.XMLNS.equals(attribute.getNamespaceURI()) && isXInclude(attribute.getValue().strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isXInclude(String namespace) {
        return namespace != null && XINCLUDE.contains(namespace);
    }
}
