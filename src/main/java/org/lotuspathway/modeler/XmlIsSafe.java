package org.lotuspathway.modeler;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Each diagram stands alone, is of a size the parsers can take, and is BPMN 2.0 or DMN 1.3 (the
 * versions the editors write and every check reads). Before any tree is built
 * ({@link #shapeProblem}, called by {@link ModelSet}): no DOCTYPE, at most {@link #MAX_DEPTH} elements
 * nested in one another and {@link #MAX_ELEMENTS} in all, read as a stream that holds one element at
 * a time. Then, on the tree: no XInclude (elements, attributes, or even a declaration of its
 * namespace, whatever a parser would make of it), no imports of other documents, and no attribute
 * that tells a parser where to fetch a schema ({@code xsi:schemaLocation} and the like): a
 * validating parser fetches what it names, from any address, on the server's behalf.
 */
final class XmlIsSafe implements DeploymentCheck {

    /** How deep elements may nest; the pathway's own files nest 6 deep. */
    static final int MAX_DEPTH = 30;
    /** How many elements one file may hold; the pathway's largest diagram holds about 450. */
    static final int MAX_ELEMENTS = 10_000;

    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    /** The one attribute of the schema-instance namespace a diagram needs: bpmn-js writes xsi:type on expressions. */
    private static final Set<String> XSI_ALLOWED = Set.of("type");
    private static final Set<String> XINCLUDE = Set.of("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude");

    static final String DOCTYPE_REFUSED = "The file declares a DOCTYPE (entities), which is never allowed:"
            + " it could read files from the server or exhaust its memory";

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.diagrams().forEach((file, xml) -> {
            Element root = xml.getDocumentElement();
            String expected = file.kind() == ModelFile.Kind.DMN ? Dom.DMN : Dom.BPMN;
            if (!"definitions".equals(root.getLocalName()) || !expected.equals(root.getNamespaceURI())) {
                problems.add(Problem.of(file, "The file must be " + (file.kind() == ModelFile.Kind.DMN
                        ? "a DMN 1.3 decision (definitions in " : "a BPMN 2.0 diagram (definitions in ") + expected
                        + "), as the editor writes it"));
            }
        });
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
            for (Attr attribute : Dom.attributes(element)) {
                if (namesASchema(attribute)) {
                    problems.add(Problem.of(file, Dom.idOf(element), "The attribute " + attribute.getName()
                            + " is not allowed: it tells a parser to fetch a schema from elsewhere, and the server"
                            + " fetches nothing a diagram names"));
                }
            }
        });
    }

    /**
     * Why the XML is refused before it is parsed into a tree, if it is: a DOCTYPE, elements nested
     * too deep (a recursive reader would run out of stack) or too many of them.
     */
    static Optional<String> shapeProblem(String xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return Optional.of(DOCTYPE_REFUSED);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of("Elements are nested more than " + MAX_DEPTH + " deep (at <"
                                + reader.getLocalName() + ">); the pathway's own files nest 6 deep");
                    }
                    if (++elements > MAX_ELEMENTS) {
                        return Optional.of("The file holds more than " + MAX_ELEMENTS + " elements; the pathway's"
                                + " largest diagram holds about 450");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            return Optional.of("The file is not well-formed XML: " + e.getMessage());
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was opened that closing could leave behind: the reader reads a string
            }
        }
    }

    private static boolean namesASchema(Attr attribute) {
        return XSI.equals(attribute.getNamespaceURI()) && !XSI_ALLOWED.contains(Dom.localName(attribute))
                || Dom.localName(attribute).toLowerCase(Locale.ROOT).contains("schemalocation");
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
