package org.lotuspathway.worklist;

import java.util.function.Supplier;

import org.lotuspathway.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/** The first page of a user's task list (their teams' tasks), for the benchmark outside this package. */
public final class FirstPage {

    private FirstPage() {
    }

    public static Supplier<WorkPage> of(ApplicationContext context, CurrentUser user) {
        TaskListQuery taskList = context.getBean(TaskListQuery.class);
        return () -> taskList.find(user, TaskFilter.defaults());
    }
}
