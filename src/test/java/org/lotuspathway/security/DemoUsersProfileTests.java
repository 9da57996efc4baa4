package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.process.engine.StaffDirectory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;

/**
 * Demo users (and their well-known password) and demo cases exist only in the default (local)
 * profile. Checked without an engine or a database: the demo users' bean alone, in a context with
 * and without a named profile (what it would create is seen by a stand-in for the engine's identity
 * service), and every component of the demo package for its profile.
 */
class DemoUsersProfileTests {

    static final String DEMO_USERS = "org.lotuspathway.demo.DemoUsers";

    /** The demo users' collaborators, standing in for the engine's identity service and the database. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(PractitionerRepository.class, () -> mock(PractitionerRepository.class))
            .withBean(StaffDirectory.class, () -> mock(StaffDirectory.class));

    @Test
    void theDefaultProfileHasDemoUsers() throws ClassNotFoundException {
        Class<?> demoUsers = Class.forName(DEMO_USERS);
        context.withUserConfiguration(demoUsers).run(started -> {
            assertThat(started.getBeansOfType(demoUsers)).hasSize(1);
            verify(started.getBean(StaffDirectory.class)).ensureUser(argThat(user -> user.id().equals("casemanager")),
                    eq("demo"), eq("casemanager"));
        });
    }

    @Test
    void noNamedProfileHasThem() throws ClassNotFoundException {
        Class<?> demoUsers = Class.forName(DEMO_USERS);
        for (String profile : new String[] {"postgres", "production"}) {
            context.withUserConfiguration(demoUsers)
                    .withInitializer(started -> started.getEnvironment().setActiveProfiles(profile))
                    .run(started -> {
                        assertThat(started.getBeansOfType(demoUsers)).as(profile).isEmpty();
                        verifyNoInteractions(started.getBean(StaffDirectory.class));
                    });
        }
    }

    @Test
    void everythingInTheDemoPackageIsForTheDefaultProfileOnly() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        Set<BeanDefinition> components = scanner.findCandidateComponents("org.lotuspathway.demo");

        assertThat(components).isNotEmpty();
        for (BeanDefinition component : components) {
            Map<String, Object> profile = ((AnnotatedBeanDefinition) component).getMetadata()
                    .getAnnotationAttributes(Profile.class.getName());
            assertThat(profile).as(component.getBeanClassName()).isNotNull();
            assertThat((String[]) profile.get("value")).as(component.getBeanClassName()).containsExactly("default");
        }
    }
}
