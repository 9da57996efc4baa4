package org.lotuspathway.process;

import java.util.Map;
import java.util.Optional;

import org.lotuspathway.forms.FormSchema;

/**
 * Something a task's page shows beside its form, beyond the case summary: the earlier check-ins
 * and support plan for a wellbeing check-in, for example. The template is a Thymeleaf fragment
 * named {@code aside} that reads the model given. A task may have several, shown in the order of
 * their beans; their models share the page's, so each names its attributes for itself.
 */
public interface TaskAside {

    String taskKey();

    /** The template holding an {@code aside} fragment, such as "wellbeing/check-in-aside". */
    String template();

    Map<String, Object> model(String businessKey);

    /**
     * As {@link #model(String)}, for an aside that reads what is in the form now: the draft on a
     * fresh page, or what {@code user} wrote when the page comes back with problems.
     */
    default Map<String, Object> model(String businessKey, FormSchema form, Map<String, ?> values, String user) {
        return model(businessKey);
    }

    /** What the task's button says instead of "Complete this task", when the step has words of its own. */
    default Optional<String> submitLabel() {
        return Optional.empty();
    }
}
