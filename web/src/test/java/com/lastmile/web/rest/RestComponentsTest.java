package com.lastmile.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.lang.reflect.Constructor;
import java.util.HashSet;
import java.util.Set;
import javax.inject.Inject;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

class RestComponentsTest {

    @Test
    void theListIsWhatJiraFindsByScanningThePackagePlusThePreviewsCatchAll() {
        Set<Class<?>> scanned = new ResourceConfig().packages(RestComponents.class.getPackageName()).getClasses();
        Set<Class<?>> listed = new HashSet<>(RestComponents.resources());
        listed.addAll(RestComponents.providers());
        listed.remove(UnexpectedErrorMapper.class);
        assertThat(scanned).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void everyComponentHasOnePublicInjectConstructorAsJiraRestV2Needs() {
        Set<Class<?>> all = new HashSet<>(RestComponents.resources());
        all.addAll(RestComponents.providers());
        for (Class<?> component : all) {
            Constructor<?>[] constructors = component.getConstructors();
            assertThat(constructors).as(component.getSimpleName()).hasSize(1);
            assertThat(constructors[0].isAnnotationPresent(Inject.class)).as(component.getSimpleName()).isTrue();
        }
    }

    @Test
    void everyResourceDeclaresItsRestV2SecurityLevel() {
        // Jira 10's REST v2 denies resources without a security annotation; all of ours need a licensed user
        for (Class<?> resource : RestComponents.resources()) {
            assertThat(resource.isAnnotationPresent(LicensedOnly.class)).as(resource.getSimpleName()).isTrue();
        }
    }
}
