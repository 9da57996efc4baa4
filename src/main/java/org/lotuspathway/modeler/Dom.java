package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small helpers for walking a parsed model. */
final class Dom {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private Dom() {
    }

    static List<Element> all(Document xml) {
        return elements(xml.getElementsByTagName("*"));
    }

    static List<Element> byName(Document xml, String namespace, String localName) {
        return elements(xml.getElementsByTagNameNS(namespace, localName));
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                children.add(element);
            }
        }
        return children;
    }

    /** The element's id, or the id of the nearest ancestor that has one. */
    static String idOf(Element element) {
        for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (!e.getAttribute("id").isBlank()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    /** The element's own text, not its children's. */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** A camunda:property of the element's extension elements, or null. */
    static String extensionProperty(Element element, String name) {
        for (Element property : elements(element.getElementsByTagNameNS(CAMUNDA, "property"))) {
            if (name.equals(property.getAttribute("name"))) {
                return property.getAttribute("value");
            }
        }
        return null;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
