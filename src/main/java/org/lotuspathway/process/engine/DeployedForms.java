package org.lotuspathway.process.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.LiveOptions;
import org.lotuspathway.process.TransactionScopedCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The form each task shows, as deployed with its process version (formRef binding "deployment").
 * A deployed form never changes, so each is read once per process version and task; options
 * managed in the app ({@link LiveOptions}) are applied each time a form is asked for.
 */
@Component
public class DeployedForms {

    private static final String LIVE_THIS_TRANSACTION = DeployedForms.class.getName() + ".live";

    private final FormService forms;
    private final PathwayDeployments deployments;
    private final ObjectProvider<LiveOptions> liveOptions;
    private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();
    private volatile List<LiveOptions> liveOptionBeans;

    DeployedForms(@Lazy FormService forms, @Lazy PathwayDeployments deployments,
            ObjectProvider<LiveOptions> liveOptions) {
        this.forms = forms;
        this.deployments = deployments;
        this.liveOptions = liveOptions;
    }

    /** The form in the pathway's newest version, for a form no task refers to, such as the one to raise a concern. */
    public FormSchema latest(String formId) {
        PathwayDeployments.DeployedFile file = deployments.newestFile(ConcernPathway.ID, formId + ".form")
                .orElseThrow(() -> new IllegalStateException("No deployed form " + formId));
        return live(schemas.computeIfAbsent(file.deploymentId() + "/" + file.name(),
                key -> FormSchema.parse(new ByteArrayInputStream(deployments.file(file.deploymentId(), file.name())
                        .getBytes(StandardCharsets.UTF_8)))));
    }

    /**
     * The form of the task, with today's options. Worked out once a transaction: a step's form is
     * asked for when its task is opened and again by the listeners that take its answers.
     */
    public FormSchema forTask(String taskId, String processDefinitionId, String taskDefinitionKey) {
        Map<String, FormSchema> thisTransaction = TransactionScopedCache.get(LIVE_THIS_TRANSACTION, HashMap::new);
        return thisTransaction.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey,
                key -> live(schemas.computeIfAbsent(key, k -> read(taskId))));
    }

    private FormSchema live(FormSchema schema) {
        FormSchema current = schema;
        if (liveOptionBeans == null) {
            liveOptionBeans = liveOptions.orderedStream().toList();
        }
        for (LiveOptions live : liveOptionBeans) {
            List<String> keys = live.fieldKeys().stream().filter(key -> schema.field(key).isPresent()).toList();
            if (!keys.isEmpty()) {
                List<FormField.Option> options = live.options();
                for (String key : keys) {
                    current = current.withOptions(key, options);
                }
            }
        }
        return current;
    }

    private FormSchema read(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return FormSchema.parse(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
