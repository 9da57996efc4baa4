package org.lotuspathway.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;
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

    private final FormService forms;
    private final RepositoryService repository;
    private final ObjectProvider<LiveOptions> liveOptions;
    private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

    public DeployedForms(@Lazy FormService forms, @Lazy RepositoryService repository,
            ObjectProvider<LiveOptions> liveOptions) {
        this.forms = forms;
        this.repository = repository;
        this.liveOptions = liveOptions;
    }

    /** The newest deployed version of a form that no task refers to, such as the one to raise a concern. */
    public FormSchema latest(String formId) {
        String fileName = formId + ".form";
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
                if (resource.equals(fileName) || resource.endsWith("/" + fileName)) {
                    return live(schemas.computeIfAbsent(deployment.getId() + "/" + resource,
                            key -> read(deployment.getId(), resource)));
                }
            }
        }
        throw new IllegalStateException("No deployed form " + formId);
    }

    public FormSchema forTask(String taskId, String processDefinitionId, String taskDefinitionKey) {
        return live(schemas.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey, key -> read(taskId)));
    }

    private FormSchema live(FormSchema schema) {
        FormSchema current = schema;
        for (LiveOptions live : liveOptions.orderedStream().toList()) {
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

    private FormSchema read(String deploymentId, String resource) {
        try (InputStream form = repository.getResourceAsStream(deploymentId, resource)) {
            return FormSchema.parse(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FormSchema read(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return FormSchema.parse(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
