package org.lotuspathway.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.DeployedForms;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.EngineTask;
import org.lotuspathway.process.engine.PathwayInstances;
import org.lotuspathway.process.engine.PathwayTasks;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.worklist.TaskCommands;
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
    private final PathwayTasks tasks;
    private final PathwayInstances instances;
    private final TaskCommands commands;
    private final DeployedForms forms;
    private final List<TaskDraft> drafts;
    private final PathwayClock clock;
    private final PathwayClock.TimeTravel trip;
    private final Random random;

    private final Map<String, Instant> due = new HashMap<>();
    private String band;
    private int rounds;

    DemoWalk(ConcernIntake intake, PathwayTasks tasks, PathwayInstances instances, TaskCommands commands,
            DeployedForms forms, List<TaskDraft> drafts, PathwayClock clock, PathwayClock.TimeTravel trip, Random random) {
        this.intake = intake;
        this.tasks = tasks;
        this.instances = instances;
        this.commands = commands;
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
            List<EngineTask> open = tasks.openOf(key);
            Set<String> openIds = new HashSet<>();
            for (EngineTask task : open) {
                openIds.add(task.id());
                due.computeIfAbsent(task.id(), id -> doneAt(task));
            }
            due.keySet().retainAll(openIds);
            PathwayInstances.DueJob job = instances.nextJob(key, until).orElse(null);
            Instant jobAt = job == null ? null : job.due() == null ? clock.now() : job.due();
            EngineTask task = open.stream().min(Comparator.comparing(t -> due.get(t.id()))).orElse(null);
            Instant taskAt = task == null ? null : due.get(task.id());
            if (jobAt != null && (taskAt == null || !jobAt.isAfter(taskAt))) {
                if (jobAt.isAfter(until)) {
                    return;
                }
                at(jobAt);
                instances.runJob(job.id());
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

    /** When the team gets round to a task: most in good time, some late, as in life. */
    private Instant doneAt(EngineTask task) {
        Instant now = clock.now();
        Instant deadline = task.due();
        return switch (task.taskKey()) {
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

    /** As the team would, through the task page's own commands: the same checks, the same records. */
    private void complete(EngineTask task, String key) {
        Map<String, Object> choices = choices(task, key);
        Map<String, Object> answers = DemoAnswers.forForm(forms.forTask(task.id(), task.processDefinitionId(),
                task.taskKey()), clock.today(), random, choices);
        // The demo users are named after their groups.
        String user = userFor(task);
        Map<String, String> problems = commands.complete(new CurrentUser(user, Set.of(user)), task.id(), answers);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("A demo answer to " + task.taskKey() + " was refused: " + problems);
        }
    }

    private Map<String, Object> choices(EngineTask task, String businessKey) {
        Map<String, Object> choices = new HashMap<>();
        String key = task.taskKey();
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
    private String userFor(EngineTask task) {
        String known = USER_OF_TASK.get(task.taskKey());
        if (known != null) {
            return known;
        }
        return task.candidateGroups().stream().filter(USER_OF_GROUP::containsKey).map(USER_OF_GROUP::get).findFirst()
                .orElse("casemanager");
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
