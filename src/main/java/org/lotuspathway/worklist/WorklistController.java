package org.lotuspathway.worklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.forms.FormSubmission;
import org.lotuspathway.process.TaskAside;
import org.lotuspathway.process.engine.DecisionNotEvaluated;
import org.lotuspathway.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's task list and task pages. */
@Controller
@RequestMapping("/tasks")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class WorklistController {

    static final String LIST = "worklist/tasks";
    static final String TASK = "worklist/task";
    static final String FORBIDDEN = "worklist/not-yours";
    static final String NOT_A_CASE = "worklist/not-a-case";
    static final String DECISION_PROBLEM_KEY = "decision";
    static final String DECISION_PROBLEM = "The risk decision could not be evaluated, so nothing was saved and the task"
            + " is still open. Tell the process lead: the decision table needs correcting.";
    static final String COMPLETE = "Complete this task";

    private static final Map<TaskFilter.View, String> VIEW_NAMES = new EnumMap<>(Map.of(
            TaskFilter.View.MINE, "My tasks", TaskFilter.View.TEAM, "My teams' tasks",
            TaskFilter.View.ALL, "All open cases"));

    private final TaskListQuery taskList;
    private final TaskCommands commands;
    private final Concerns concerns;
    private final DraftAnswers drafts;
    private final List<TaskAside> asides;
    private final CompletionNotice notice;
    private final List<WaitingElsewhere> elsewhere;

    WorklistController(TaskListQuery taskList, TaskCommands commands, Concerns concerns, DraftAnswers drafts,
            List<TaskAside> asides, CompletionNotice notice, List<WaitingElsewhere> elsewhere) {
        this.notice = notice;
        this.elsewhere = elsewhere;
        this.taskList = taskList;
        this.commands = commands;
        this.concerns = concerns;
        this.drafts = drafts;
        this.asides = asides;
    }

    @GetMapping
    String list(@ModelAttribute("filter") TaskFilter filter, BindingResult binding, Authentication authentication,
            Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        if (binding.hasErrors()) {
            filter = TaskFilter.defaults();
            model.addAttribute("filter", filter);
            model.addAttribute("problem", "That filter was not understood, so all your teams' tasks are shown.");
        }
        if (filter.view() == TaskFilter.View.ALL && !user.isManager()) {
            filter = filter.withView(TaskFilter.View.TEAM);
            model.addAttribute("filter", filter);
            model.addAttribute("problem", "All open cases is not one of your views, so your teams' tasks are shown.");
        }
        WorkPage page = taskList.find(user, filter);
        if (page.items().isEmpty() && page.total() > 0) {
            // a page past the end (a bookmark, or tasks done meanwhile): the last page instead
            filter = filter.onPage(page.pages() - 1);
            model.addAttribute("filter", filter);
            page = taskList.find(user, filter);
        }
        model.addAttribute("page", page);
        model.addAttribute("views", user.isManager() ? List.of(TaskFilter.View.values())
                : List.of(TaskFilter.View.MINE, TaskFilter.View.TEAM));
        model.addAttribute("viewNames", VIEW_NAMES);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("bands", RiskBand.values());
        model.addAttribute("elsewhere", elsewhere.stream().flatMap(waiting -> waiting.forUser(user).stream()).toList());
        return LIST;
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        OpenTask task = commands.open(CurrentUser.of(authentication), taskId);
        return page(task, drafts.of(task), Map.of(), authentication, model);
    }

    @PostMapping("/{taskId}")
    String complete(@PathVariable String taskId, HttpServletRequest request, HttpServletResponse response,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        OpenTask task = commands.open(user, taskId);
        Map<String, String[]> posted = request.getParameterMap();
        Map<String, Object> answers = FormSubmission.read(task.form(), posted);
        Map<String, String> problems = FormSubmission.problems(task.form(), posted);
        List<CaseTask> openBefore = commands.openTasksOf(task.businessKey());
        if (problems.isEmpty()) {
            try {
                problems = commands.complete(user, taskId, answers);
            } catch (DecisionNotEvaluated e) {
                // the answers are fine; the lead's decision table is not: say so, keep the answers, change nothing
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return page(task, answers, Map.of(DECISION_PROBLEM_KEY,
                        DECISION_PROBLEM + " Your answers are kept below."), authentication, model);
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(task, answers, problems, authentication, model);
        }
        redirect.addFlashAttribute("message", notice.after(task, openBefore));
        return "redirect:/tasks";
    }

    @PostMapping("/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        commands.claim(CurrentUser.of(authentication), taskId);
        redirect.addFlashAttribute("message", "The task is yours now.");
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        commands.unclaim(CurrentUser.of(authentication), taskId);
        redirect.addFlashAttribute("message", "The task is back with its team.");
        return "redirect:/tasks";
    }

    @PostMapping("/{taskId}/assign")
    String assign(@PathVariable String taskId, @RequestParam String assignee, Authentication authentication,
            RedirectAttributes redirect) {
        commands.assign(CurrentUser.of(authentication), taskId, assignee);
        redirect.addFlashAttribute("message", "The task is now with " + assignee + ".");
        return "redirect:/tasks/" + taskId;
    }

    @ExceptionHandler(TaskGone.class)
    String gone(HttpServletRequest request, RedirectAttributes redirect) {
        // only answers sent can have been lost: a link followed to a finished task has lost nothing
        redirect.addFlashAttribute("problem", "GET".equals(request.getMethod())
                ? "That task is no longer open: it has been completed, or the case has moved on."
                : "That task has already been completed by someone else, or the case has moved on. Nothing you entered "
                        + "on it was saved.");
        return "redirect:/tasks";
    }

    @ExceptionHandler(NotYourTask.class)
    String notYours(NotYourTask refusal, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", refusal.getMessage());
        return FORBIDDEN;
    }

    @ExceptionHandler(NotPartOfACase.class)
    String notPartOfACase(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NOT_A_CASE;
    }

    private String page(OpenTask task, Map<String, ?> values, Map<String, String> errors,
            Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("task", task);
        model.addAttribute("purpose", StepPurpose.of(task.taskKey()).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("concern", concerns.get(task.businessKey()));
        model.addAttribute("mayWork", task.workableBy(user));
        model.addAttribute("candidates", user.isManager() ? commands.candidates(task) : List.of());
        List<TaskAside> shown = asides.stream().filter(aside -> aside.taskKey().equals(task.taskKey())).toList();
        model.addAttribute("asideTemplates", shown.stream().map(TaskAside::template).toList());
        shown.forEach(aside -> model.addAllAttributes(aside.model(task.businessKey(), task.form(), values, user.name())));
        model.addAttribute("submitLabel", shown.stream().map(TaskAside::submitLabel).flatMap(java.util.Optional::stream)
                .findFirst().orElse(COMPLETE));
        return TASK;
    }
}
