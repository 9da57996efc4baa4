package org.lotuspathway.process;

import java.util.Map;

/**
 * Answers prepared for a task before anyone opens it, for the person to check and edit: the
 * practitioner's update drafted from the panel's decision, for example. Nothing is stored until
 * the task is completed.
 */
public interface TaskDraft {

    /** The task definition key this draft is for. */
    String taskKey();

    /** Draft answers keyed by the form's field keys. */
    Map<String, Object> draft(String businessKey);
}
