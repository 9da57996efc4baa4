package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small helpers for walking a parsed model. */
final class Dom {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    /** Camunda 7 still reads Activiti's namespace as an alias of its own, so every rule treats them alike. */
    static final String ACTIVITI = "http://activiti.org/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private Dom() {
    }

    static List<Element> all(Document xml) {
        return elements(xml.getElementsByTagName("*"));
    }

    static List<Element> byName(Document xml, String namespace, String localName) {
        return elements(xml.getElementsByTagNameNS(namespace, localName));
    }

    /** The elements of that name inside the element, at any depth. */
    static List<Element> elementsIn(Element element, String namespace, String localName) {
        return elements(element.getElementsByTagNameNS(namespace, localName));
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

    /**
     * The id of the element a lead sees drawn: as {@link #idOf}, but an event's definition (a timer's,
     * say) counts as its event.
     */
    static String shownIdOf(Element element) {
        for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (!e.getAttribute("id").isBlank() && !e.getLocalName().endsWith("EventDefinition")) {
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

    /** The element's attributes, namespace declarations (xmlns:...) left out. */
    static List<Attr> attributes(Element element) {
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Attr attribute = (Attr) element.getAttributes().item(i);
            if (!XMLNS.equals(attribute.getNamespaceURI())) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    /** A node's name without its prefix. */
    static String localName(Node node) {
        return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    }

    /** Whether the element is one of Camunda's extension elements, in a diagram or a decision table. */
    static boolean isExtension(Element element) {
        return isCamunda(element.getNamespaceURI()) || CAMUNDA_DMN.equals(element.getNamespaceURI());
    }

    /** Whether the namespace is one the engine reads as Camunda's extensions (its own, or Activiti's alias). */
    static boolean isCamunda(String namespace) {
        return CAMUNDA.equals(namespace) || ACTIVITI.equals(namespace);
    }

    /**
     * A camunda: attribute as the engine reads it: in Camunda's namespace, else in Activiti's; "" if
     * neither is there.
     */
    static String camundaAttribute(Element element, String name) {
        return element.hasAttributeNS(CAMUNDA, name) ? element.getAttributeNS(CAMUNDA, name)
                : element.getAttributeNS(ACTIVITI, name);
    }

    /** A camunda:property of the element's extension elements, or null. */
    static String extensionProperty(Element element, String name) {
        List<Element> properties = elements(element.getElementsByTagNameNS(CAMUNDA, "property"));
        properties.addAll(elements(element.getElementsByTagNameNS(ACTIVITI, "property")));
        for (Element property : properties) {
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
