package com.lastmile.jira.packaging;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * A Velocity uberspector that records, in Jira's allowlist notation ({@code pkg.Class#name(param.Type …)}), every
 * method a template invokes on a class of ours; the test compares the record with the descriptor's allowlist.
 */
public final class AllowlistRecorder extends UberspectImpl {

    private static final Set<String> CALLS = new TreeSet<>();

    static synchronized void reset() {
        CALLS.clear();
    }

    static synchronized Set<String> calls() {
        return new TreeSet<>(CALLS);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
        VelMethod method = super.getMethod(obj, methodName, args, i);
        if (method != null) {
            record(method.getMethod());
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, i);
        if (getter != null && getter.getMethodName() != null) {
            Arrays.stream(obj.getClass().getMethods())
                    .filter(m -> m.getName().equals(getter.getMethodName()) && m.getParameterCount() == 0)
                    .findFirst().ifPresent(AllowlistRecorder::record);
        }
        return getter;
    }

    private static synchronized void record(Method method) {
        String owner = method.getDeclaringClass().getName();
        if (owner.startsWith("com.lastmile.")) {
            String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getName)
                    .collect(Collectors.joining(" "));
            CALLS.add(owner + "#" + method.getName() + "(" + parameters + ")");
        }
    }
}
