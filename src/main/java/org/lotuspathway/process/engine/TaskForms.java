package org.lotuspathway.process.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.Answers;
import org.lotuspathway.forms.FormValidator;
import org.springframework.stereotype.Component;

/**
 * Reads what a user submitted to complete a task. The task's own form (as deployed with its process)
 * decides which variables belong to it and checks them; the values are then removed from the
 * process, because business data lives in the application's tables, not in process variables.
 */
@Component
public class TaskForms {

    private static final ZoneId UK = PathwayClock.UK;

    private final ObjectMapper json;
    private final Validator validator;
    private final DeployedForms forms;

    public TaskForms(ObjectMapper json, Validator validator, DeployedForms forms) {
        this.json = json.copy()
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
        this.forms = forms;
    }

    public FormSchema schemaOf(DelegateTask task) {
        return forms.forTask(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    /** The submitted values, checked against the task's form and taken out of the process. */
    public Map<String, Object> take(DelegateTask task) {
        FormSchema schema = schemaOf(task);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : schema.keys()) {
            Object value = plain(task.getVariable(key));
            if (value != null) {
                values.put(key, value);
            }
        }
        Map<String, String> errors = FormValidator.validate(schema, values);
        if (!errors.isEmpty()) {
            throw new InvalidSubmission(errors);
        }
        task.getExecution().removeVariables(values.keySet());
        return values;
    }

    /** As {@link #take(DelegateTask)}, then as a typed record checked by its own rules too. */
    public <T extends Answers> T take(DelegateTask task, Class<T> type) {
        T answers = convert(take(task), type);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : validator.validate(answers)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        answers.crossFieldErrors().forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidSubmission(errors);
        }
        return answers;
    }

    /** Who completed the task: the signed-in user, else the assignee. */
    public String actor(DelegateTask task) {
        var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    public String businessKey(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    private <T> T convert(Map<String, Object> values, Class<T> type) {
        try {
            return json.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            String field = fieldOf(e);
            throw InvalidSubmission.of(field, "This answer is not one the form allows");
        }
    }

    private static String fieldOf(IllegalArgumentException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return mismatch.getPath().get(0).getFieldName();
        }
        return "form";
    }

    private Object plain(Object value) {
        if (value instanceof SpinJsonNode node) {
            try {
                return json.readValue(node.toString(), Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(UK).toLocalDate().toString();
        }
        return value;
    }
}
