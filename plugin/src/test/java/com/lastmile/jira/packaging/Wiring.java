package com.lastmile.jira.packaging;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Constructor autowiring as the plugin container and Jersey do it: every parameter of a class's single public
 * constructor must match exactly one type the Spring context provides.
 */
final class Wiring {

    private final List<Class<?>> provided = new ArrayList<>();

    Wiring(SpringContext context) throws ReflectiveOperationException {
        for (Element reference : context.references()) {
            provided.add(load(reference.getAttribute("interface")));
        }
        for (Element bean : context.beans()) {
            Class<?> type = load(bean.getAttribute("class"));
            String factoryMethod = bean.getAttribute("factory-method");
            if (factoryMethod.isEmpty()) {
                provided.add(type);
            } else {
                Method factory = Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals(factoryMethod) && Modifier.isStatic(m.getModifiers()))
                        .findFirst().orElseThrow(() -> new NoSuchMethodException(type + "#" + factoryMethod));
                provided.add(factory.getReturnType());
            }
        }
    }

    static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, false, Wiring.class.getClassLoader());
    }

    /** Problems wiring one class, empty when it can be built. */
    List<String> problems(Class<?> type) {
        List<String> problems = new ArrayList<>();
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            problems.add(type.getName() + " has " + constructors.length + " public constructors, needs exactly 1");
            return problems;
        }
        for (Class<?> parameter : constructors[0].getParameterTypes()) {
            long matches = provided.stream().filter(parameter::isAssignableFrom).count();
            if (matches != 1) {
                problems.add(type.getName() + ": constructor parameter " + parameter.getName() + " matches " + matches
                        + " beans/references in plugin-context.xml, needs exactly 1");
            }
        }
        return problems;
    }
}
