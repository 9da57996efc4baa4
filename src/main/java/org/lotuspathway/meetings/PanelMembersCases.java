package org.lotuspathway.meetings;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.PathwayTasks;
import org.lotuspathway.security.PanelCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel member sees the cases on the agendas of the meetings they sit on, except those they
 * declared an interest in or that were moved to another meeting; and, as before meetings existed, a case waiting for its panel discussion
 * on no agenda, which the group records from the case's own task, unless they declared an interest
 * in it at a meeting: carried over or moved off an agenda, it does not open to them again.
 */
@Component
class PanelMembersCases implements PanelCases {

    private final AgendaItemRepository items;
    private final DeclarationRepository declarations;
    private final PathwayTasks tasks;

    PanelMembersCases(AgendaItemRepository items, DeclarationRepository declarations, PathwayTasks tasks) {
        this.items = items;
        this.declarations = declarations;
        this.tasks = tasks;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOpenCase(String username, String businessKey) {
        return items.onAnAgendaOf(username, businessKey)
                || (atThePanelOnNoAgenda(businessKey) && !declarations.anyInterest(username, businessKey));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOpenTask(String username, String taskId) {
        return tasks.find(taskId).map(task -> task.businessKey() != null && mayOpenCase(username, task.businessKey()))
                .orElse(true); // no such task: its page says so, to anyone
    }

    @Override
    public String asSqlCondition() {
        return rule("t.TASK_DEF_KEY_ = '" + ConcernPathway.TASK_HOLD_PANEL_DISCUSSION + "'");
    }

    @Override
    public String asSqlConditionOnCases() {
        return rule(PathwayTasks.hasOpenTaskCondition("c.business_key", ConcernPathway.TASK_HOLD_PANEL_DISCUSSION));
    }

    /** {@link #mayOpenCase} in SQL, given how to say "at the panel" of the row or rows at hand. */
    private static String rule(String atThePanel) {
        return """
                (exists (select 1 from agenda_item i join meeting_member m on m.meeting_id = i.meeting_id
                         where i.concern_id = c.id and m.username = :me and i.status <> '%s'
                         and not exists (select 1 from meeting_declaration d where d.meeting_id = i.meeting_id
                                         and d.concern_id = i.concern_id and d.username = :me and d.interest = true))
                 or (%s
                     and not exists (select 1 from agenda_item w where w.concern_id = c.id and w.status = '%s')
                     and not exists (select 1 from meeting_declaration e where e.concern_id = c.id
                                     and e.username = :me and e.interest = true)))"""
                .formatted(AgendaStatus.MOVED.name(), atThePanel, AgendaStatus.WAITING.name());
    }

    private boolean atThePanelOnNoAgenda(String businessKey) {
        return !items.anyWith(businessKey, AgendaStatus.WAITING) && tasks.openOf(businessKey).stream()
                .anyMatch(task -> ConcernPathway.TASK_HOLD_PANEL_DISCUSSION.equals(task.taskKey()));
    }
}
