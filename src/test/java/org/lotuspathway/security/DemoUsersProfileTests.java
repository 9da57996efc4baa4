package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.PractitionerRepository;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;

/**
 * Demo users (and their well-known password) and demo cases exist only in the default (local)
 * profile. Checked without an engine or a database: the demo users' bean alone, in a context with
 * and without a named profile, and every component of the demo package for its profile.
 */
class DemoUsersProfileTests {

    static final String DEMO_USERS = "org.lotuspathway.demo.DemoUsers";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(PractitionerRepository.class, DemoUsersProfileTests::neverCalled)
            .withBean(CamundaBpmProperties.class, CamundaBpmProperties::new);

    @Test
    void theDefaultProfileHasDemoUsers() throws ClassNotFoundException {
        context.withUserConfiguration(Class.forName(DEMO_USERS))
                .run(started -> assertThat(started.getBeansOfType(AbstractCamundaConfiguration.class)).hasSize(1));
    }

    @Test
    void noNamedProfileHasThem() throws ClassNotFoundException {
        Class<?> demoUsers = Class.forName(DEMO_USERS);
        for (String profile : new String[] {"postgres", "production"}) {
            context.withUserConfiguration(demoUsers)
                    .withInitializer(started -> started.getEnvironment().setActiveProfiles(profile))
                    .run(started -> assertThat(started.getBeansOfType(AbstractCamundaConfiguration.class))
                            .as(profile).isEmpty());
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

    /** The demo users would only keep it; nothing here calls it. */
    private static PractitionerRepository neverCalled() {
        return (PractitionerRepository) Proxy.newProxyInstance(DemoUsersProfileTests.class.getClassLoader(),
                new Class<?>[] {PractitionerRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "PractitionerRepository (not for use)";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
