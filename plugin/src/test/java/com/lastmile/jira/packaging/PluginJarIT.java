package com.lastmile.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Path;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.context.Context;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.Info;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Opens the built plugin jar and checks what Jira would only find out at install time: the descriptor, the
 * manifest, the Spring wiring, the i18n bundles and the Velocity allowlist. Everything checked is read from the
 * jar and its descriptor, so a module added later is checked without touching this test.
 */
class PluginJarIT {

    private static final String PLUGIN_KEY = "com.lastmile.jira";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\\s*\"([^\"]+)\"");

    private static PluginJar jar;
    private static Descriptor descriptor;
    private static SpringContext spring;
    private static Properties english;
    private static Properties chinese;

    @BeforeAll
    static void open() {
        jar = PluginJar.built();
        descriptor = Descriptor.parse(jar.bytes("atlassian-plugin.xml"));
        spring = SpringContext.parse(jar.bytes("META-INF/spring/plugin-context.xml"));
        english = jar.properties("i18n/lastmile.properties");
        chinese = jar.properties("i18n/lastmile_zh_CN.properties");
    }

    // ---------------------------------------------------------------- descriptor

    @Test
    void descriptorDeclaresThePluginForDataCenter() {
        Element root = descriptor.root();
        assertThat(root.getTagName()).isEqualTo("atlassian-plugin");
        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY);
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        Element info = Descriptor.child(root, "plugin-info");
        assertThat(info).as("plugin-info").isNotNull();
        assertThat(Descriptor.child(info, "version").getTextContent()).doesNotContain("${");
        assertThat(params(info)).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
        assertThat(descriptor.i18nLocations()).containsExactly("i18n.lastmile");
    }

    @Test
    void descriptorHasEveryModuleTheProductNeeds() {
        Set<String> kinds = descriptor.allModules().stream().map(Element::getTagName).collect(Collectors.toSet());
        assertThat(kinds).contains("rest-migration", "rest", "web-resource", "dashboard-item", "customfield-type",
                "workflow-validator", "velocity-allowlist");
        assertThat(Descriptor.child(descriptor.modules("rest-migration").get(0), "rest-v2")).isNotNull();
        Element rest = descriptor.modules("rest").get(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/lastmile");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        assertThat(descriptor.modules("dashboard-item")).extracting(e -> Descriptor.child(e, "amd-module").getTextContent())
                .containsExactlyInAnyOrder("lastmile/gadget/checkpoints", "lastmile/gadget/review-board",
                        "lastmile/gadget/goal-tree", "lastmile/gadget/raci-matrix");
        assertThat(descriptor.modules("web-resource")).anySatisfy(w ->
                assertThat(Descriptor.children(w, "context")).extracting(Element::getTextContent).contains("atl.dashboard"));
    }

    @Test
    void everyModuleHasItsRequiredParts() {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (Element module : descriptor.allModules()) {
            String kind = module.getTagName();
            if (!Set.of("plugin-info", "resource").contains(kind) && !keys.add(module.getAttribute("key"))) {
                problems.add("duplicate or missing module key: " + kind + " '" + module.getAttribute("key") + "'");
            }
            switch (kind) {
                case "dashboard-item" -> require(problems, module, "definition/title", "definition/author/name", "amd-module");
                case "customfield-type" -> requireResources(problems, module, "view", "edit");
                case "workflow-validator" -> {
                    require(problems, module, "validator-class");
                    requireResources(problems, module, "view", "input-parameters", "edit-parameters");
                }
                case "jql-function" -> require(problems, module, "fname", "list");
                case "web-item" -> require(problems, module, "label", "link");
                case "web-section" -> require(problems, module, "label");
                case "webwork1" -> require(problems, module, "actions/action/view");
                default -> { }
            }
            if (Set.of("customfield-type", "workflow-validator", "jql-function").contains(kind)
                    && module.getAttribute("class").isEmpty()) {
                problems.add(kind + " " + module.getAttribute("key") + " has no class");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJarOrImported() {
        List<String> problems = new ArrayList<>();
        Set<String> imports = importedPackages();
        for (String name : descriptor.classNames()) {
            if (name.startsWith("java.")) {
                continue;
            }
            if (name.startsWith("com.lastmile.")) {
                if (!jar.hasClass(name)) {
                    problems.add("missing from the jar: " + name);
                }
            } else if (!imports.contains(name.substring(0, name.lastIndexOf('.')))) {
                problems.add("host class whose package is not in Import-Package: " + name);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyResourceTheDescriptorNamesIsInTheJar() {
        assertThat(descriptor.resourcePaths()).isNotEmpty().allSatisfy(path ->
                assertThat(jar.has(path)).as("jar entry " + path).isTrue());
    }

    @Test
    void everyValidSearcherOrCustomFieldReferenceUsesAKnownPluginKey() {
        for (Element reference : Descriptor.descendants(descriptor.root(), "valid-searcher")) {
            assertThat(reference.getAttribute("package"))
                    .isIn(PLUGIN_KEY, "com.atlassian.jira.plugin.system.customfieldtypes");
        }
    }

    // ---------------------------------------------------------------- wiring

    @Test
    void springContextProvidesEveryConstructorParameterOfBeansModulesAndResources()
            throws ReflectiveOperationException {
        assertThat(spring.root().getAttributeNS(null, "default-autowire")).isEqualTo("constructor");
        Wiring wiring = new Wiring(spring);
        List<String> problems = new ArrayList<>();
        Set<String> built = new LinkedHashSet<>();
        for (Element bean : spring.beans()) {
            String name = bean.getAttribute("class");
            if (name.startsWith("com.lastmile.")) {
                built.add(name);
            }
        }
        descriptor.classNames().stream().filter(n -> n.startsWith("com.lastmile.")).forEach(built::add);
        built.addAll(restResources());
        for (String name : built) {
            problems.addAll(wiring.problems(Wiring.load(name)));
        }
        for (Element bean : spring.beans()) {
            if (bean.getAttribute("class").startsWith("com.lastmile.") && !jar.hasClass(bean.getAttribute("class"))) {
                problems.add("bean class missing from the jar: " + bean.getAttribute("class"));
            }
        }
        for (Element reference : spring.references()) {
            String type = reference.getAttribute("interface");
            if (!importedPackages().contains(type.substring(0, type.lastIndexOf('.')))) {
                problems.add("referenced service whose package is not imported: " + type);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void restResourcesOfTheDeclaredPackageAreInTheJarWithOneInjectConstructor() throws ClassNotFoundException {
        List<String> resources = restResources();
        assertThat(resources).as("@Path classes under the rest module's <package>").isNotEmpty();
        for (String name : resources) {
            Class<?> type = Wiring.load(name);
            assertThat(type.getConstructors()).as(name).hasSize(1);
            assertThat(type.getConstructors()[0].isAnnotationPresent(Inject.class)).as(name + " @Inject").isTrue();
        }
    }

    /** Resource classes are not named in the descriptor: Jersey scans the rest module's package in the jar. */
    private List<String> restResources() {
        String restPackage = Descriptor.child(descriptor.modules("rest").get(0), "package").getTextContent().trim();
        String prefix = restPackage.replace('.', '/') + "/";
        List<String> resources = new ArrayList<>();
        for (String entry : jar.entries()) {
            if (entry.startsWith(prefix) && entry.endsWith(".class") && entry.indexOf('/', prefix.length()) < 0) {
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Wiring.load(name);
                    if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                        resources.add(name);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return resources;
    }

    // ---------------------------------------------------------------- manifest and contents

    @Test
    void manifestMakesATransformerlessBundle() {
        assertThat(jar.header("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY).isEqualTo(descriptor.root().getAttribute("key"));
        assertThat(jar.header("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(jar.header("Spring-Context")).isEqualTo("*");
        assertThat(jar.header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(jar.header("Bundle-Version")).isNotBlank();
        assertThat(jar.header("Import-Package")).isNotBlank();
        assertThat(jar.header("Export-Package")).as("Export-Package").isNullOrEmpty();
        assertThat(jar.header("Require-Capability")).as("no osgi.ee requirement").isNull();
    }

    @Test
    void jarHoldsNoHostLibraryOrStubClass() throws IOException, URISyntaxException {
        Set<String> stubClasses = stubClassEntries();
        assertThat(stubClasses).isNotEmpty();
        List<String> forbidden = List.of("com/atlassian/", "org/ofbiz/", "com/opensymphony/", "org/springframework/",
                "org/eclipse/gemini/", "org/osgi/", "javax/", "jakarta/", "com/fasterxml/", "org/slf4j/", "org/glassfish/");
        assertThat(jar.entries()).noneMatch(e -> forbidden.stream().anyMatch(e::startsWith));
        assertThat(jar.entries()).noneMatch(stubClasses::contains);
        assertThat(jar.entries()).noneMatch(e -> e.endsWith(".jar"));
        assertThat(jar.entries()).anyMatch(e -> e.startsWith("com/lastmile/core/"))
                .anyMatch(e -> e.startsWith("com/lastmile/web/")).anyMatch(e -> e.startsWith("com/lastmile/jira/"));
    }

    private static Set<String> stubClassEntries() throws IOException, URISyntaxException {
        java.nio.file.Path stubs = java.nio.file.Path.of(com.atlassian.jira.issue.Issue.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        try (var files = Files.isDirectory(stubs) ? Files.walk(stubs) : null) {
            if (files != null) {
                return files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> stubs.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
            }
        }
        try (JarFile stubJar = new JarFile(stubs.toFile())) {
            return stubJar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).collect(Collectors.toSet());
        }
    }

    private static Set<String> importedPackages() {
        Set<String> packages = new TreeSet<>();
        // clauses are separated by commas outside quotes; attributes follow ';'
        for (String clause : jar.header("Import-Package").split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            packages.add(clause.split(";")[0].trim());
        }
        return packages;
    }

    // ---------------------------------------------------------------- i18n

    @Test
    void everyI18nKeyOfTheDescriptorAndTemplatesHasEnglishAndChinese() {
        Set<String> keys = new TreeSet<>(descriptor.i18nKeys());
        for (String template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(jar.text(template));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        assertThat(keys).isNotEmpty();
        assertThat(keys).filteredOn(k -> isBlank(english.getProperty(k))).as("missing in English").isEmpty();
        assertThat(keys).filteredOn(k -> isBlank(chinese.getProperty(k))).as("missing in zh_CN").isEmpty();
    }

    @Test
    void everyShippedPropertiesFileIsAscii() {
        List<String> properties = jar.entries().stream().filter(e -> e.endsWith(".properties")).toList();
        assertThat(properties).contains("i18n/lastmile.properties", "i18n/lastmile_zh_CN.properties");
        for (String entry : properties) {
            byte[] bytes = jar.bytes(entry);
            for (int i = 0; i < bytes.length; i++) {
                assertThat(bytes[i] & 0xff).as(entry + " byte " + i).isLessThan(0x80);
            }
        }
    }

    @Test
    void escapedBundlesDecodeToTheUtf8Originals() throws IOException {
        for (String name : List.of("lastmile.properties", "lastmile_zh_CN.properties")) {
            Properties original = new Properties();
            try (Reader in = new InputStreamReader(Files.newInputStream(
                    java.nio.file.Path.of(System.getProperty("lastmile.i18n.dir"), name)), StandardCharsets.UTF_8)) {
                original.load(in);
            }
            assertThat(jar.properties("i18n/" + name)).isEqualTo(original);
        }
        assertThat(chinese.getProperty("band.MAJOR")).isEqualTo("重大偏差");
        assertThat(chinese.getProperty("plugin.validator.name")).isEqualTo("RACI 完整：有且只有一位负责人");
    }

    // ---------------------------------------------------------------- velocity

    @Test
    void templatesCallOnlyAllowlistedMethodsOfOurClasses() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistRecorder.class.getName());
        engine.init();
        TemplateContexts contexts = new TemplateContexts(english);
        List<String> unresolved = new ArrayList<>();
        AllowlistRecorder.reset();
        for (String template : templates()) {
            List<Map<String, Object>> variants = contexts.contextsFor(template);
            assertThat(variants).as("TemplateContexts entry for " + template).isNotNull();
            for (Map<String, Object> variant : variants) {
                VelocityContext context = new VelocityContext(new java.util.HashMap<>(variant));
                EventCartridge events = new EventCartridge();
                events.addEventHandler(new UnresolvedCalls(unresolved, template));
                events.attachToContext(context);
                engine.evaluate(context, new StringWriter(), template,
                        TemplateContexts.JIRA_MACROS + jar.text(template));
            }
        }
        assertThat(unresolved).as("calls to methods that do not exist").isEmpty();
        // only classes shipped in the jar count; the test's own stand-ins (e.g. $i18n) do not
        Set<String> calls = AllowlistRecorder.calls().stream()
                .filter(call -> jar.hasClass(call.substring(0, call.indexOf('#')))).collect(Collectors.toSet());
        assertThat(calls).as("methods of ours the templates call").isNotEmpty();
        assertThat(calls).as("not in <velocity-allowlist>").isSubsetOf(descriptor.allowlist());
    }

    private static List<String> templates() {
        return jar.entries().stream().filter(e -> e.endsWith(".vm")).toList();
    }

    /** A template calling a method our object does not have renders silently in Jira; here it fails. */
    private record UnresolvedCalls(List<String> unresolved, String template) implements InvalidReferenceEventHandler {
        @Override
        public Object invalidGetMethod(Context context, String reference, Object object, String property, Info info) {
            if (object != null && object.getClass().getName().startsWith("com.lastmile.")) {
                unresolved.add(template + ": " + reference);
            }
            return null;
        }

        @Override
        public boolean invalidSetMethod(Context context, String leftreference, String rightreference, Info info) {
            return false;
        }

        @Override
        public Object invalidMethod(Context context, String reference, Object object, String method, Info info) {
            if (object != null && object.getClass().getName().startsWith("com.lastmile.")) {
                unresolved.add(template + ": " + reference);
            }
            return null;
        }
    }

    private static Map<String, String> params(Element parent) {
        Map<String, String> params = new java.util.HashMap<>();
        for (Element param : Descriptor.children(parent, "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        return params;
    }

    private static void require(List<String> problems, Element module, String... paths) {
        for (String path : paths) {
            Element found = Descriptor.child(module, path);
            if (found == null || found.getTextContent().isBlank() && found.getAttributes().getLength() == 0) {
                problems.add(module.getTagName() + " " + module.getAttribute("key") + " lacks " + path);
            }
        }
    }

    private static void requireResources(List<String> problems, Element module, String... names) {
        Set<String> present = Descriptor.children(module, "resource").stream().map(r -> r.getAttribute("name"))
                .collect(Collectors.toSet());
        Arrays.stream(names).filter(n -> !present.contains(n))
                .forEach(n -> problems.add(module.getTagName() + " " + module.getAttribute("key") + " lacks resource " + n));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
