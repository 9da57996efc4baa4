package org.lotuspathway.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lotuspathway.common.MatchCount;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.PanelCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list, read in a fixed number of queries per page however many cases are open: which
 * tasks are on the page (filtered, sorted and paged in the database), how many match (counted up
 * to {@value #PAGES_COUNTED_AHEAD} pages' worth), and the case details of just those tasks; never
 * a query per row.
 */
@Service
class TaskListQuery {

    private static final String TASKS = """
             from ACT_RU_TASK t
            """;
    private static final String CASES = """
             join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_
             join concern c on c.business_key = pi.BUSINESS_KEY_
             join practitioner p on p.id = c.practitioner_id
            """;
    /**
     * A team's tasks when its groups have few: found through the engine's index of candidate
     * groups, then each task by its id. Reading every open task in due order until the page is full
     * (the other way, see TaskListIndex) would check thousands to find a small team's few.
     */
    private static final String FEW_TEAM_TASKS = """
             from (select l.TASK_ID_ as ID_ from ACT_RU_IDENTITYLINK l
                   where l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups)
                   union select m.ID_ from ACT_RU_TASK m where m.ASSIGNEE_ = :me) team
             join ACT_RU_TASK t on t.ID_ = team.ID_
            """;
    /** Candidate links for a user's groups from which reading tasks in due order is the quicker way. */
    static final int MANY_TEAM_TASKS = 1000;
    // Both conditions below are correlated lookups by primary key or task id, not "in (select ...)":
    // a condition H2 could answer from another index would make it sort every matching task rather
    // than read TaskListIndex in due order and stop when the page is full.
    /** The pathway's tasks: every instance of these processes belongs to a case. */
    private static final String OF_THE_PATHWAY = """
             exists (select 1 from ACT_RE_PROCDEF d where d.ID_ = t.PROC_DEF_ID_ and d.KEY_ in (:processes))""";
    private static final String IN_MY_GROUPS = """
             exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_
                     and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups))""";
    /** Counting stops this many pages' worth of tasks from the start of the page shown. */
    static final int PAGES_COUNTED_AHEAD = MatchCount.PAGES_COUNTED_AHEAD;

    private final NamedParameterJdbcTemplate jdbc;
    private final PathwayClock clock;
    private final PanelCases panelCases;
    private final int pagesCountedAhead;
    private final int manyTeamTasks;

    @Autowired
    TaskListQuery(NamedParameterJdbcTemplate jdbc, PathwayClock clock, PanelCases panelCases) {
        this(jdbc, clock, panelCases, PAGES_COUNTED_AHEAD, MANY_TEAM_TASKS);
    }

    TaskListQuery(NamedParameterJdbcTemplate jdbc, PathwayClock clock, PanelCases panelCases, int pagesCountedAhead,
            int manyTeamTasks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.panelCases = panelCases;
        this.pagesCountedAhead = pagesCountedAhead;
        this.manyTeamTasks = manyTeamTasks;
    }

    @Transactional(readOnly = true)
    public WorkPage find(CurrentUser user, TaskFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("processes", ConcernPathway.CASE_PROCESSES);
        // The case tables are joined only to filter by them: sorting and counting the engine's
        // tasks alone is what keeps a page quick with thousands of open cases.
        boolean fewTeamTasks = filter.view() == TaskFilter.View.TEAM && !user.groups().isEmpty()
                && fewTasksFor(user.groups());
        String from = (fewTeamTasks ? FEW_TEAM_TASKS : TASKS) + (needsCases(user, filter) ? CASES : "");
        String where = where(user, filter, fewTeamTasks, parameters);
        String direction = filter.latestFirst() ? "desc" : "asc";
        List<String> ids = jdbc.queryForList("select t.ID_" + from + where
                + " order by t.DUE_DATE_ " + direction + " nulls last, t.CREATE_TIME_, t.ID_ limit :limit offset :offset",
                parameters.addValue("limit", TaskFilter.PAGE_SIZE).addValue("offset", filter.offset()), String.class);
        long countedAtMost = filter.offset() + (long) pagesCountedAhead * TaskFilter.PAGE_SIZE;
        return new WorkPage(itemsInOrder(ids), MatchCount.upTo(countedAtMost, jdbc, from + where, parameters), filter);
    }

    private boolean fewTasksFor(Collection<String> groups) {
        Long links = jdbc.queryForObject("""
                select count(*) from (select 1 from ACT_RU_IDENTITYLINK l
                where l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups) limit :many) links""",
                new MapSqlParameterSource("groups", groups).addValue("many", manyTeamTasks), Long.class);
        return links != null && links < manyTeamTasks;
    }

    private static boolean needsCases(CurrentUser user, TaskFilter filter) {
        return filter.stage() != null || filter.riskBand() != null || filter.search() != null || user.onlyOnThePanel();
    }

    private List<WorkItem> itemsInOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, WorkItem> byId = new HashMap<>();
        jdbc.query("""
                select t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.DUE_DATE_, t.ASSIGNEE_, t.CREATE_TIME_,
                       c.business_key, c.stage, c.risk_band, p.name
                """ + TASKS + CASES + " where t.ID_ in (:ids)", new MapSqlParameterSource("ids", ids),
                (ResultSet row) -> {
                    WorkItem item = item(row);
                    byId.put(item.taskId(), item);
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private String where(CurrentUser user, TaskFilter filter, boolean fewTeamTasks, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>(List.of(OF_THE_PATHWAY));
        parameters.addValue("me", user.name());
        switch (filter.view()) {
            case MINE -> conditions.add("t.ASSIGNEE_ = :me");
            case TEAM -> {
                if (user.groups().isEmpty()) {
                    conditions.add("t.ASSIGNEE_ = :me");
                } else {
                    parameters.addValue("groups", user.groups());
                    if (!fewTeamTasks) {
                        conditions.add("(t.ASSIGNEE_ = :me or " + IN_MY_GROUPS + ")");
                    }
                }
            }
            case ALL -> {
                if (!user.isManager()) {
                    conditions.add("1 = 0");
                }
            }
        }
        if (user.onlyOnThePanel()) {
            conditions.add(panelCases.asSqlCondition());
        }
        if (filter.stage() != null) {
            conditions.add("c.stage = :stage");
            parameters.addValue("stage", filter.stage().name());
        }
        if (filter.riskBand() != null) {
            conditions.add("c.risk_band = :band");
            parameters.addValue("band", filter.riskBand().name());
        }
        Instant now = clock.now();
        if (filter.overdue()) {
            conditions.add("t.DUE_DATE_ < :now");
            parameters.addValue("now", Timestamp.from(now));
        }
        if (filter.dueThisWeek()) {
            LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            conditions.add("t.DUE_DATE_ >= :weekStart and t.DUE_DATE_ < :weekEnd");
            parameters.addValue("weekStart", Timestamp.from(monday.atStartOfDay(PathwayClock.UK).toInstant()));
            parameters.addValue("weekEnd", Timestamp.from(monday.plusWeeks(1).atStartOfDay(PathwayClock.UK).toInstant()));
        }
        if (filter.search() != null) {
            conditions.add("(upper(c.business_key) = upper(:search) or upper(p.name) like upper(:searchLike))");
            parameters.addValue("search", filter.search());
            parameters.addValue("searchLike", "%" + filter.search().replace("%", "").replace("_", "") + "%");
        }
        if ("unassigned".equals(filter.assignee())) {
            conditions.add("t.ASSIGNEE_ is null");
        } else if (filter.assignee() != null) {
            conditions.add("t.ASSIGNEE_ = :assignee");
            parameters.addValue("assignee", filter.assignee());
        }
        return " where " + String.join(" and ", conditions);
    }

    private static WorkItem item(ResultSet row) throws SQLException {
        String band = row.getString("risk_band");
        return new WorkItem(row.getString("ID_"), row.getString("NAME_"), row.getString("TASK_DEF_KEY_"),
                row.getString("business_key"), row.getString("name"), Stage.valueOf(row.getString("stage")),
                band == null ? null : RiskBand.valueOf(band), instant(row.getTimestamp("DUE_DATE_")),
                row.getString("ASSIGNEE_"), instant(row.getTimestamp("CREATE_TIME_")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
