package org.lotuspathway.process;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Gives the engine an expression manager that resolves only the beans on {@link PathwayBeans}.
 * <p>
 * Camunda's Spring integration (ProcessEngineFactoryBean) builds its expression manager from the
 * whole application context, where every bean is reachable from {@code ${...}}, and it does so
 * before any engine plugin runs; a beans map set later is never read. So this plugin replaces the
 * manager itself in preInit: the engine adds its own functions ({@code now()}, {@code currentUser()})
 * and Spin its {@code S()} to this one during init, and decisions and the parser use it.
 * With a beans map, SpringExpressionManager resolves names from that map only.
 */
@Component
class DiagramExpressions extends AbstractCamundaConfiguration {

    private final ApplicationContext context;

    DiagramExpressions(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        Map<Object, Object> beans = new ListedBeans(context);
        engine.setBeans(beans);
        engine.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    /**
     * The listed beans, looked up when an expression first needs one: most of them depend on the
     * engine, which does not exist yet while it is being configured.
     */
    private static final class ListedBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;

        ListedBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object name) {
            return PathwayBeans.NAMES.contains(name);
        }

        @Override
        public Object get(Object name) {
            return containsKey(name) ? context.getBean((String) name) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return PathwayBeans.NAMES.stream()
                    .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
