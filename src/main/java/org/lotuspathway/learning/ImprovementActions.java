package org.lotuspathway.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement-action tracker across every review: what is due, who owns it, what is overdue.
 * An action's owner (when the owner is a user here) or a lead moves it along; a lead may also
 * hand it to a staff user, who is then reminded of it.
 */
@Service
public class ImprovementActions {

    private static final String FROM = """
             from improvement_action a
             join lessons_review r on r.id = a.review_id
             join concern c on c.id = r.concern_id
             join practitioner p on p.id = c.practitioner_id
            """;
    private static final String COLUMNS = """
            select a.id, a.description, a.owner, a.owner_user_id, a.due_on, a.status, a.status_changed_by,
                   a.status_changed_at, a.what_changed, a.what_changed_on, c.business_key, r.id review_id,
                   p.name practitioner_name, p.register_number
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ImprovementActionRepository actions;
    private final ActionOwners owners;
    private final PathwayClock clock;

    ImprovementActions(NamedParameterJdbcTemplate jdbc, ImprovementActionRepository actions, ActionOwners owners,
            PathwayClock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ActionPage find(ActionFilter filter, CurrentUser user) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            parameters.addValue("status", filter.status().name());
        } else if (!filter.all()) {
            conditions.add("a.status <> 'DONE'");
        }
        if (filter.mine()) {
            conditions.add("a.owner_user_id = :me");
            parameters.addValue("me", user.name());
        }
        if (filter.overdue()) {
            conditions.add("a.status <> 'DONE' and a.due_on < :today");
            parameters.addValue("today", java.sql.Date.valueOf(clock.today()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Long total = jdbc.queryForObject("select count(*)" + FROM + where, parameters, Long.class);
        parameters.addValue("limit", ActionFilter.PAGE_SIZE).addValue("offset", filter.offset());
        List<ActionItem> items = jdbc.query(COLUMNS + FROM + where + " order by a.due_on, a.id limit :limit offset :offset",
                parameters, (row, number) -> item(row, user));
        return new ActionPage(items, total == null ? 0 : total, filter);
    }

    /** The action as {@code viewer} may read it. */
    @Transactional(readOnly = true)
    public ActionItem get(long id, CurrentUser viewer) {
        return jdbc.query(COLUMNS + FROM + " where a.id = :id", new MapSqlParameterSource("id", id),
                (row, number) -> item(row, viewer)).stream().findFirst().orElseThrow(() -> new UnknownAction(id));
    }

    @Transactional
    public void changeStatus(long id, ActionStatus status, CurrentUser user) {
        ImprovementAction action = actions.findById(id).orElseThrow(() -> new UnknownAction(id));
        boolean owner = action.ownerUserId().map(user.name()::equals).orElse(false);
        if (!owner && !user.isIn(Roles.LEAD)) {
            throw new NotYourAction("Only the action's owner, or a process lead, can change its status.");
        }
        if (status == null) {
            throw InvalidSubmission.of("status", "Choose the action's status");
        }
        action.changeStatus(status, user.name(), clock.now());
    }

    /** Its owner or a lead records what changed as a result of the action, today; an empty text clears it. */
    @Transactional
    public void recordWhatChanged(long id, String text, CurrentUser user) {
        ImprovementAction action = actions.findById(id).orElseThrow(() -> new UnknownAction(id));
        boolean owner = action.ownerUserId().map(user.name()::equals).orElse(false);
        if (!owner && !user.isIn(Roles.LEAD)) {
            throw new NotYourAction("Only the action's owner, or a process lead, can record what changed.");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.length() > ImprovementAction.WHAT_CHANGED_LENGTH) {
            throw InvalidSubmission.of("whatChanged", "Say what changed in at most "
                    + ImprovementAction.WHAT_CHANGED_LENGTH + " characters");
        }
        action.recordWhatChanged(clean.isEmpty() ? null : clean, clean.isEmpty() ? null : clock.today());
    }

    /** A lead hands the action to a staff user, who owns it from now on and is reminded of it. */
    @Transactional
    public void handTo(long id, String userId, CurrentUser user) {
        ImprovementAction action = actions.findById(id).orElseThrow(() -> new UnknownAction(id));
        if (!user.isIn(Roles.LEAD)) {
            throw new NotYourAction("Only a process lead can give an action to someone else.");
        }
        String known = owners.staffNames().containsKey(userId == null ? "" : userId) ? userId : null;
        if (known == null) {
            throw InvalidSubmission.of("owner", "Choose someone from the list");
        }
        action.handTo(known, owners.staffNames().get(known));
    }

    /**
     * Whoever may not read the lessons library with its cases ({@link LibraryAccess}: here, a panel
     * member who works no other role) reads an action as that library shows it to them: the text
     * scrubbed of the practitioner, no case and no owner but themselves.
     */
    private static ActionItem item(ResultSet row, CurrentUser viewer) throws SQLException {
        ActionItem item = item(row);
        if (LibraryAccess.seesCases(viewer)) {
            return item;
        }
        Anonymiser anonymiser = Anonymiser.of(row.getString("practitioner_name"), row.getString("register_number"));
        String ownerUserId = viewer.name().equals(item.ownerUserId()) ? item.ownerUserId() : null;
        return new ActionItem(item.id(), anonymiser.scrub(item.description()), null, ownerUserId, item.dueOn(),
                item.status(), null, item.reviewId(), item.statusChangedBy(), item.statusChangedAt(),
                item.whatChanged() == null ? null : anonymiser.scrub(item.whatChanged()), item.whatChangedOn());
    }

    private static ActionItem item(ResultSet row) throws SQLException {
        Timestamp changed = row.getTimestamp("status_changed_at");
        return new ActionItem(row.getLong("id"), row.getString("description"), row.getString("owner"),
                row.getString("owner_user_id"), row.getDate("due_on").toLocalDate(),
                ActionStatus.valueOf(row.getString("status")), row.getString("business_key"), row.getLong("review_id"),
                row.getString("status_changed_by"), changed == null ? null : changed.toInstant(),
                row.getString("what_changed"), row.getDate("what_changed_on") == null ? null
                        : row.getDate("what_changed_on").toLocalDate());
    }
}
