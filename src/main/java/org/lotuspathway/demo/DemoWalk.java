package org.lotuspathway.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.DeployedForms;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.TaskDraft;

/**
 * Walks one fictional case along the real pathway, through the same services and forms the team
 * uses, moving the engine clock from event to event: each open task is done some time after it
 * appears (sometimes late), and each timer fires when it falls due, until the case closes or
 * reaches today.
 */
final class DemoWalk {

    private static final Map<String, String> USER_OF_GROUP = Map.of("casemanager", "casemanager", "pag", "pag",
            "ro", "ro", "wellbeing", "wellbeing", "lead", "lead");
    private static final Map<String, String> USER_OF_TASK = Map.ofEntries(
            Map.entry(ConcernPathway.TASK_TRIAGE_CONCERN, "casemanager"),
            Map.entry(ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "casemanager"),
            Map.entry(ConcernPathway.TASK_GATHER_INFORMATION, "casemanager"),
            Map.entry(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "casemanager"),
            Map.entry(ConcernPathway.TASK_SUPPORT_AND_MONITOR, "casemanager"),
            Map.entry(ConcernPathway.TASK_REFER_TO_PPA, "casemanager"),
            Map.entry(ConcernPathway.TASK_CLOSE_CASE, "casemanager"),
            Map.entry(ConcernPathway.TASK_REVIEW_LESSONS, "casemanager"),
            Map.entry(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "pag"),
            Map.entry(ConcernPathway.TASK_CHECK_IN, "wellbeing"));
    private static final List<String> THEMES = List.of("ISOLATION", "ISOLATION", "INDUCTION", "INDUCTION", "INDUCTION",
            "WORKLOAD", "WORKLOAD", "COMMUNICATION", "COMMUNICATION", "SUPERVISION", "SYSTEMS_AND_IT", "DELAY",
            "RECORD_KEEPING", "PRESCRIBING", "CULTURE", "TEAMWORKING", "HEALTH_AND_WELLBEING", "EQUALITY", "CONSENT");
    private static final List<String> FACTORS = List.of("PERSON", "TASKS", "TOOLS_AND_TECHNOLOGY", "ENVIRONMENT", "ORGANISATION");
    private static final List<String[]> ACTIONS = List.of(
            new String[] {"Add referral tracking to the locum induction pack", "casemanager"},
            new String[] {"Set up a peer support group for single-handed practitioners", "lead"},
            new String[] {"Audit two-week-wait referrals across the practice", "Practice manager"},
            new String[] {"Send every post-panel update within five working days; add a weekly check of due updates", "casemanager"},
            new String[] {"Offer a named supervisor to every new locum for their first month", "Training hub lead"},
            new String[] {"Review how the records request to other organisations is chased", "ro"},
            new String[] {"Share the learning on safety-netting at the next GP forum", "Lee Lead"});

    private final ConcernIntake intake;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final DeployedForms forms;
    private final List<TaskDraft> drafts;
    private final PathwayClock clock;
    private final PathwayClock.TimeTravel trip;
    private final Random random;

    private final Map<String, Instant> due = new HashMap<>();
    private final Map<String, String> businessKeys = new HashMap<>();
    private String band;
    private int rounds;

    DemoWalk(ConcernIntake intake, RuntimeService runtime, TaskService tasks, ManagementService management,
            IdentityService identity, DeployedForms forms, List<TaskDraft> drafts, PathwayClock clock, PathwayClock.TimeTravel trip,
            Random random) {
        this.intake = intake;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.forms = forms;
        this.drafts = drafts;
        this.clock = clock;
        this.trip = trip;
        this.random = random;
    }

    /** Raises the concern at {@code raisedAt} and walks it until it closes or {@code until}. */
    void walk(NewConcern concern, Instant raisedAt, Instant until) {
        trip.to(raisedAt);
        band = pick(List.of("LOW", "LOW", "LOW", "LOW", "MODERATE", "MODERATE", "MODERATE", "HIGH", "HIGH"));
        String key = intake.raise(concern, "casemanager").businessKey();
        while (true) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key).list();
            Set<String> openIds = new HashSet<>();
            for (Task task : open) {
                openIds.add(task.getId());
                due.computeIfAbsent(task.getId(), id -> doneAt(task));
            }
            due.keySet().retainAll(openIds);
            Job job = nextJob(key, until);
            Instant jobAt = job == null ? null : job.getDuedate() == null ? clock.now() : job.getDuedate().toInstant();
            Task task = open.stream().min((a, b) -> due.get(a.getId()).compareTo(due.get(b.getId()))).orElse(null);
            Instant taskAt = task == null ? null : due.get(task.getId());
            if (jobAt != null && (taskAt == null || !jobAt.isAfter(taskAt))) {
                if (jobAt.isAfter(until)) {
                    return;
                }
                at(jobAt);
                management.executeJob(job.getId());
            } else if (taskAt != null) {
                if (taskAt.isAfter(until)) {
                    return;
                }
                at(taskAt);
                complete(task, key);
            } else {
                return;
            }
        }
    }

    /**
     * The case's next job before {@code until}. Every case walked before this one has run to its end
     * or to {@code until}, so the engine's earliest such job is normally this case's: asked once,
     * and checked, rather than asked of each of the case's process instances.
     */
    private Job nextJob(String key, Instant until) {
        List<Job> earliest = management.createJobQuery().active().duedateLowerThan(Date.from(until))
                .orderByJobDuedate().asc().listPage(0, 1);
        if (!earliest.isEmpty() && key.equals(keyOf(earliest.get(0).getProcessInstanceId()))) {
            return earliest.get(0);
        }
        List<Job> jobs = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
            jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).active().list());
        }
        return jobs.stream().min(Comparator.comparing(
                job -> job.getDuedate() == null ? Instant.MIN : job.getDuedate().toInstant())).orElse(null);
    }

    private String keyOf(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        return businessKeys.computeIfAbsent(processInstanceId, id -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            return instance == null ? "" : instance.getBusinessKey();
        });
    }

    /** When the team gets round to a task: most in good time, some late, as in life. */
    private Instant doneAt(Task task) {
        Instant now = clock.now();
        Instant deadline = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return switch (task.getTaskDefinitionKey()) {
            case ConcernPathway.TASK_TRIAGE_CONCERN -> later(now, 1, 4);
            case ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION -> later(now, 7, 40);
            case ConcernPathway.TASK_CONSIDER_INTERIM_ACTION -> hours(now, 2, 20);
            case ConcernPathway.TASK_GATHER_INFORMATION -> later(now, 14, 60);
            case ConcernPathway.TASK_HOLD_PANEL_DISCUSSION -> "HIGH".equals(band) ? later(now, 2, 5) : later(now, 7, 28);
            case ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE -> random.nextInt(100) < 18 && deadline != null
                    ? later(deadline, 1, 6) : hours(now, 20, 90);
            case ConcernPathway.TASK_SUPPORT_AND_MONITOR -> later(now, 30, 90);
            case ConcernPathway.TASK_REFER_TO_PPA -> later(now, 14, 40);
            case ConcernPathway.TASK_REFER_TO_REGULATOR -> later(now, 3, 10);
            case ConcernPathway.TASK_REFER_TO_PLDP -> later(now, 20, 60);
            case ConcernPathway.TASK_REVIEW_LESSONS -> later(now, 3, 25);
            case ConcernPathway.TASK_CLOSE_CASE -> later(now, 1, 6);
            case ConcernPathway.TASK_CHECK_IN -> random.nextInt(100) < 12 && deadline != null
                    ? later(deadline, 1, 4) : hours(now, 3, 40);
            case ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN -> hours(now, 1, 3);
            default -> hours(now, 2, 30);
        };
    }

    private void complete(Task task, String key) {
        Map<String, Object> choices = choices(task, key);
        Map<String, Object> answers = DemoAnswers.forForm(
                forms.forTask(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
                clock.today(), random, choices);
        String user = userFor(task);
        identity.setAuthenticatedUserId(user);
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), answers);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Map<String, Object> choices(Task task, String businessKey) {
        Map<String, Object> choices = new HashMap<>();
        String key = task.getTaskDefinitionKey();
        drafts.stream().filter(draft -> draft.taskKey().equals(key)).findFirst()
                .ifPresent(draft -> choices.putAll(draft.draft(businessKey)));
        LocalDate today = clock.today();
        switch (key) {
            case ConcernPathway.TASK_TRIAGE_CONCERN -> triage(choices);
            case ConcernPathway.TASK_CONSIDER_INTERIM_ACTION -> {
                choices.put("interimAction", pick(List.of("NONE", "CONDITIONS", "VOLUNTARY_RESTRICTION", "SUSPENSION", "REFER_REGULATOR")));
                choices.put("practitionerToldOn", today.toString());
            }
            case ConcernPathway.TASK_HOLD_PANEL_DISCUSSION -> panel(choices, today);
            case ConcernPathway.TASK_REFER_TO_PLDP -> choices.put("pldpDecision", pick(List.of("NO_ACTION", "CONDITIONS", "CONDITIONS", "SUSPENSION")));
            case ConcernPathway.TASK_REVIEW_LESSONS -> review(choices, today);
            case ConcernPathway.TASK_CHECK_IN -> checkIn(choices);
            case ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE -> choices.put("updateExpectedOn", today.plusDays(2).toString());
            default -> {
            }
        }
        return choices;
    }

    private void triage(Map<String, Object> choices) {
        int[] score = switch (band) {
            case "LOW" -> pick(List.of(new int[] {1, 2}, new int[] {1, 3}, new int[] {2, 2}, new int[] {2, 3}));
            case "MODERATE" -> pick(List.of(new int[] {2, 4}, new int[] {3, 3}, new int[] {3, 4}, new int[] {4, 3}));
            default -> pick(List.of(new int[] {4, 4}, new int[] {5, 3}, new int[] {4, 5}, new int[] {5, 4}));
        };
        choices.put("likelihood", String.valueOf(score[0]));
        choices.put("impact", String.valueOf(score[1]));
        choices.put("insight", pick(List.of("FULL", "FULL", "PARTIAL")));
        choices.put("contextFactors", new ArrayList<>(new LinkedHashSet<>(List.of(
                pick(List.of("WORKLOAD", "ISOLATION", "INDUCTION", "TEAM", "SYSTEMS")),
                pick(List.of("WORKLOAD", "ISOLATION", "INDUCTION", "HEALTH_OR_PERSONAL"))))));
        choices.put("triageNotes", DemoAnswers.text("triageNotes", random));
    }

    private void panel(Map<String, Object> choices, LocalDate today) {
        rounds++;
        String decision;
        if (rounds >= 3) {
            decision = pick(List.of("NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "REFER_PLDP"));
        } else if (rounds == 2) {
            decision = pick(List.of("NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "LOCAL_REMEDIATION",
                    "MONITOR", "REFER_REGULATOR", "REFER_PLDP"));
        } else if ("HIGH".equals(band)) {
            decision = pick(List.of("NO_FURTHER_ACTION", "MONITOR", "LOCAL_REMEDIATION", "LOCAL_REMEDIATION",
                    "VOLUNTARY_UNDERTAKINGS", "VOLUNTARY_UNDERTAKINGS", "FURTHER_INVESTIGATION", "REFER_PPA",
                    "REFER_REGULATOR", "REFER_REGULATOR", "REFER_PLDP"));
        } else {
            decision = pick(List.of("NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "MONITOR",
                    "LOCAL_REMEDIATION", "LOCAL_REMEDIATION", "VOLUNTARY_UNDERTAKINGS", "FURTHER_INVESTIGATION",
                    "FURTHER_INVESTIGATION", "REFER_PPA", "REFER_REGULATOR", "REFER_PLDP"));
        }
        choices.put("decision", decision);
        choices.put("meetingDate", today.toString());
        choices.put("meetingType", "HIGH".equals(band) ? "URGENT" : "ROUTINE");
        if (!"NO_FURTHER_ACTION".equals(decision)) {
            choices.put("undertakingsOrConditions", "To work under the supervision of a named clinical supervisor, and to complete an audit.");
        }
    }

    private void review(Map<String, Object> choices, LocalDate today) {
        choices.put("wentWell", DemoAnswers.text("wentWell", random));
        choices.put("didNotGoWell", DemoAnswers.text("didNotGoWell", random));
        choices.put("contributoryNotes", DemoAnswers.text("contributoryNotes", random));
        choices.put("practitionerExperience", DemoAnswers.text("practitionerExperience", random));
        choices.put("equalityReview", DemoAnswers.text("equalityReview", random));
        choices.put("sharingPlan", DemoAnswers.text("sharingPlan", random));
        Set<String> themes = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            themes.add(pick(THEMES));
        }
        choices.put("learningThemes", new ArrayList<>(themes));
        Set<String> factors = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            factors.add(pick(FACTORS));
        }
        choices.put("contributoryFactors", new ArrayList<>(factors));
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            chosen.add(random.nextInt(ACTIONS.size()));
        }
        int slot = 1;
        for (int action : chosen) {
            choices.put("action" + slot, ACTIONS.get(action)[0]);
            choices.put("action" + slot + "Owner", ACTIONS.get(action)[1]);
            choices.put("action" + slot + "DueOn", today.plusDays(20 + random.nextInt(100)).toString());
            slot++;
        }
    }

    private void checkIn(Map<String, Object> choices) {
        int roll = random.nextInt(100);
        String outcome = roll < 65 ? "WELL" : roll < 96 ? "NEEDS_SUPPORT" : "URGENT_CONCERN";
        choices.put("outcome", outcome);
        choices.put("contactMethod", pick(List.of("PHONE", "PHONE", "VIDEO", "IN_PERSON")));
        if (!"WELL".equals(outcome)) {
            choices.put("notes", DemoAnswers.text("notes", random));
            choices.put("signposted", List.of(pick(List.of("PRACTITIONER_HEALTH", "BMA_SUPPORT", "OCCUPATIONAL_HEALTH"))));
        }
    }

    /** Who does the task: the demo user of its group (known for the pathway's tasks, else asked). */
    private String userFor(Task task) {
        String known = USER_OF_TASK.get(task.getTaskDefinitionKey());
        if (known != null) {
            return known;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && USER_OF_GROUP.containsKey(link.getGroupId())) {
                return USER_OF_GROUP.get(link.getGroupId());
            }
        }
        return "casemanager";
    }

    /** Time only moves on within a case. */
    private void at(Instant instant) {
        if (instant.isAfter(clock.now())) {
            trip.to(instant);
        }
    }

    /** Some working days later, in working hours. */
    private Instant later(Instant from, int fewestDays, int mostDays) {
        return DemoTime.workingHours(from.plus(Duration.ofDays(fewestDays + random.nextInt(mostDays - fewestDays + 1))), random);
    }

    private Instant hours(Instant from, int fewest, int most) {
        return from.plus(Duration.ofMinutes(60L * fewest + random.nextInt(60 * (most - fewest) + 1)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
