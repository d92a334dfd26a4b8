package com.lastmile.jira.packaging;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** atlassian-plugin.xml parsed as XML; everything the checks need is derived from it, nothing is hard-coded twice. */
final class Descriptor {

    private final Element root;

    private Descriptor(Element root) {
        this.root = root;
    }

    /** @throws IllegalStateException when the XML is not well-formed */
    static Descriptor parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            return new Descriptor(document.getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml is not well-formed: " + e.getMessage(), e);
        }
    }

    Element root() {
        return root;
    }

    /** Top-level modules of one kind, e.g. "dashboard-item". */
    List<Element> modules(String kind) {
        return children(root, kind);
    }

    List<Element> allModules() {
        return children(root, null);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                result.add(element);
            }
        }
        return result;
    }

    static Element child(Element parent, String path) {
        Element current = parent;
        for (String name : path.split("/")) {
            List<Element> found = children(current, name);
            if (found.isEmpty()) {
                return null;
            }
            current = found.get(0);
        }
        return current;
    }

    static List<Element> descendants(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Every class name the descriptor makes Jira load: class attributes, validator classes, action names. */
    Set<String> classNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Element element : descendants(root, "*")) {
            String attribute = element.getAttribute("class");
            if (!attribute.isEmpty()) {
                names.add(attribute);
            }
        }
        descendants(root, "validator-class").forEach(e -> names.add(e.getTextContent().trim()));
        descendants(root, "action").forEach(e -> names.add(e.getAttribute("name")));
        return names;
    }

    /** Every file the descriptor points into the jar: resource locations and webwork views. */
    Set<String> resourcePaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (Element resource : descendants(root, "resource")) {
            if (!"i18n".equals(resource.getAttribute("type"))) {
                paths.add(resource.getAttribute("location"));
            }
        }
        descendants(root, "view").forEach(v -> paths.add(v.getTextContent().trim().replaceFirst("^/", "")));
        return paths;
    }

    /** The base names of the i18n resources, e.g. "i18n.lastmile". */
    List<String> i18nLocations() {
        return descendants(root, "resource").stream().filter(r -> "i18n".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).toList();
    }

    /** Every i18n key the descriptor names (i18n-name-key attributes and key attributes of text elements). */
    Set<String> i18nKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Element element : descendants(root, "*")) {
            if (!element.getAttribute("i18n-name-key").isEmpty()) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            if (Set.of("description", "title", "label", "tooltip").contains(element.getTagName())
                    && !element.getAttribute("key").isEmpty()) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }

    Set<String> allowlist() {
        Set<String> methods = new LinkedHashSet<>();
        descendants(root, "method").forEach(m -> methods.add(m.getTextContent().trim()));
        return methods;
    }
}
