package org.lotuspathway.process.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayBeans;
import org.lotuspathway.process.StageChanges;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the application plugs into the engine while it is built. Internal API: an engine plugin is
 * handed Camunda's configuration class ({@code ProcessEngineConfigurationImpl}), and a parse
 * listener works on its parsed model; there is no public way to do any of the things below.
 * <ul>
 * <li><b>Expressions reach only the beans on {@link PathwayBeans}.</b> Camunda's Spring integration
 * (ProcessEngineFactoryBean) builds its expression manager from the whole application context, where
 * every bean is reachable from {@code ${...}}, before any plugin runs, so a beans map set later is
 * never read. This replaces the manager in preInit; the engine then adds its own functions and Spin
 * its {@code S()} to this one, and decisions and the parser use it.</li>
 * <li><b>The parsers read no schema from elsewhere</b> ({@link LocalSchemasOnly}).</li>
 * <li><b>Stage tracking.</b> A user task that carries the extension property {@code stage} moves its
 * case into that stage when the task is created. Added at parse time, so every deployed version of
 * every diagram gets it without naming a listener in the XML.</li>
 * <li><b>No lockout by the identity service.</b> Its own counts one number per account for everyone and
 * locks for good after {@code loginMaxAttempts}: any stranger could lock anyone out with wrong
 * passwords. Wrong passwords are counted per account and client instead (security/SignInAttempts),
 * for a while only; with no limit and no delay here, the engine's count never locks anybody, and an
 * account it had locked before (an older database) signs in again.</li>
 * <li><b>Refused answers are not logged as the engine's failure</b> ({@link RefusalsNotLogged}).</li>
 * </ul>
 */
@Component
class EngineSetup extends AbstractCamundaConfiguration {

    private final ApplicationContext context;
    private final StageChanges stages;

    EngineSetup(ApplicationContext context, @Lazy StageChanges stages) {
        this.context = context;
        this.stages = stages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        Map<Object, Object> beans = new ListedBeans(context);
        engine.setBeans(beans);
        engine.setExpressionManager(new SpringExpressionManager(context, beans));
        engine.getCustomPostBPMNParseListeners().add(new StageTracking(stages));
        engine.setCustomPostCommandInterceptorsTxRequired(
                withRefusalsNotLogged(engine.getCustomPostCommandInterceptorsTxRequired()));
        engine.setCustomPostCommandInterceptorsTxRequiresNew(
                withRefusalsNotLogged(engine.getCustomPostCommandInterceptorsTxRequiresNew()));
        LocalSchemasOnly.apply(engine);
        engine.setLoginMaxAttempts(Integer.MAX_VALUE);
        engine.setLoginDelayBase(0);
        engine.setLoginDelayMaxTime(0);
        // Users from the organisation's sign-in provider keep its usernames, often emails
        // (security/SingleSignOnUsers): Camunda's default allows letters and digits only.
        engine.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}|camunda-admin");
    }

    /** Each chain of interceptors gets its own: the engine links each one to the next in its chain. */
    private static List<CommandInterceptor> withRefusalsNotLogged(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new RefusalsNotLogged());
        return all;
    }

    private static final class StageTracking extends AbstractBpmnParseListener {

        private final StageChanges stages;

        StageTracking(StageChanges stages) {
            this.stages = stages;
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(element);
            String stage = properties == null ? null : properties.get(ConcernPathway.PROPERTY_STAGE);
            if (stage != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                        task -> stages.enter(task.getExecution().getProcessBusinessKey(), stage));
            }
        }
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
