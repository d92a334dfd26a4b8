package com.lastmile.jira.packaging;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** META-INF/spring/plugin-context.xml: the types that constructor autowiring can supply. */
final class SpringContext {

    static final String BEANS = "http://www.springframework.org/schema/beans";
    static final String BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final Element root;

    private SpringContext(Element root) {
        this.root = root;
    }

    static SpringContext parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            return new SpringContext(document.getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("plugin-context.xml is not well-formed: " + e.getMessage(), e);
        }
    }

    Element root() {
        return root;
    }

    /** Bean classes, or factory classes for beans made by a static factory method. */
    List<Element> beans() {
        return elements(BEANS, "bean");
    }

    List<Element> references() {
        return elements(BLUEPRINT, "reference");
    }

    List<Element> services() {
        return elements(BLUEPRINT, "service");
    }

    private List<Element> elements(String namespace, String name) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
