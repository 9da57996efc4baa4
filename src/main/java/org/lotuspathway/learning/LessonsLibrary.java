package org.lotuspathway.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lotuspathway.common.LikeText;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.triage.Route;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lessons library: every recorded review, searched and filtered in the database (one query
 * for the page, one for its count, and one each for the page's themes, factors, areas and actions),
 * and shown with its case or anonymised as {@link LibraryAccess} decides.
 */
@Service
public class LessonsLibrary {

    /** Each review with its case's route (latest triage) and outcome (latest panel decision). */
    private static final String ENTRIES = """
             from (select r.id, r.concern_id, r.recorded_at, r.recorded_by, r.went_well, r.did_not_go_well,
                          r.contributory_notes, r.practitioner_experience, r.equality_review, r.sharing_plan,
                          r.anonymised_text,
                          c.business_key, c.risk_band, p.name, p.profession, p.register, p.register_number,
                          (select t.route from triage_assessment t where t.id =
                              (select max(t2.id) from triage_assessment t2 where t2.concern_id = c.id)) route,
                          (select d.decision from panel_discussion d where d.concern_id = c.id and d.round =
                              (select max(d2.round) from panel_discussion d2 where d2.concern_id = c.id)) outcome,
                          (select count(*) from improvement_action a where a.review_id = r.id) action_count
                   from lessons_review r
                   join concern c on c.id = r.concern_id
                   join practitioner p on p.id = c.practitioner_id) e
            """;
    private static final List<String> TEXT_COLUMNS = List.of("e.went_well", "e.did_not_go_well",
            "coalesce(e.contributory_notes, '')", "e.practitioner_experience", "e.equality_review", "e.sharing_plan");

    private final NamedParameterJdbcTemplate jdbc;
    private final LearningThemes themes;

    LessonsLibrary(NamedParameterJdbcTemplate jdbc, LearningThemes themes) {
        this.jdbc = jdbc;
        this.themes = themes;
    }

    @Transactional(readOnly = true)
    public LibraryPage search(LibraryQuery query, boolean identified) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(query, identified, parameters);
        Long total = jdbc.queryForObject("select count(*)" + ENTRIES + where, parameters, Long.class);
        parameters.addValue("limit", LibraryQuery.PAGE_SIZE).addValue("offset", query.offset());
        List<Row> rows = jdbc.query("select e.*" + ENTRIES + where
                + " order by e.recorded_at desc, e.id desc limit :limit offset :offset", parameters, LessonsLibrary::row);
        return new LibraryPage(entries(rows, identified, false), total == null ? 0 : total, query);
    }

    /** One review, with its improvement actions. */
    @Transactional(readOnly = true)
    public Optional<LibraryEntry> entry(long reviewId, boolean identified) {
        List<Row> rows = jdbc.query("select e.*" + ENTRIES + " where e.id = :id",
                new MapSqlParameterSource("id", reviewId), LessonsLibrary::row);
        return entries(rows, identified, true).stream().findFirst();
    }

    private String where(LibraryQuery query, boolean identified, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.theme() != null) {
            conditions.add("exists (select 1 from review_theme rt where rt.review_id = e.id and rt.theme = :theme)");
            parameters.addValue("theme", query.theme());
        }
        if (query.factor() != null) {
            conditions.add("exists (select 1 from review_contributory_factor f where f.review_id = e.id and f.factor = :factor)");
            parameters.addValue("factor", query.factor().name());
        }
        if (query.area() != null) {
            conditions.add("exists (select 1 from concern_area ca where ca.concern_id = e.concern_id and ca.area = :area)");
            parameters.addValue("area", query.area().name());
        }
        if (query.profession() != null) {
            conditions.add("e.profession = :profession");
            parameters.addValue("profession", query.profession().name());
        }
        if (query.route() != null) {
            conditions.add("e.route = :route");
            parameters.addValue("route", query.route().name());
        }
        if (LibraryQuery.NO_PANEL.equals(query.outcome())) {
            conditions.add("e.outcome is null");
        } else if (query.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            parameters.addValue("outcome", query.outcome());
        }
        // An anonymised reader's dates are whole months, as their entries' dates are shown.
        LocalDate from = query.from() == null || identified ? query.from() : query.from().withDayOfMonth(1);
        LocalDate to = query.to() == null || identified ? query.to() : query.to().withDayOfMonth(query.to().lengthOfMonth());
        if (from != null) {
            conditions.add("e.recorded_at >= :from");
            parameters.addValue("from", Timestamp.from(from.atStartOfDay(PathwayClock.UK).toInstant()));
        }
        if (to != null) {
            conditions.add("e.recorded_at < :to");
            parameters.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(PathwayClock.UK).toInstant()));
        }
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            String word = "word" + i;
            parameters.addValue(word, LikeText.containing(words.get(i)));
            conditions.add(found(word, identified));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * A word found in the review's text or its actions. An anonymised reader searches the text as they
     * read it ({@link AnonymisedSearchText}), and nothing else: a search on the raw text, or one that
     * left out reviews whose practitioner's name holds the word, would itself tell them who a review
     * is about.
     */
    private static String found(String word, boolean identified) {
        if (!identified) {
            return "lower(e.anonymised_text) like :" + word + LikeText.ESCAPE;
        }
        List<String> places = new ArrayList<>();
        TEXT_COLUMNS.forEach(column -> places.add("lower(" + column + ") like :" + word + LikeText.ESCAPE));
        places.add("exists (select 1 from improvement_action a where a.review_id = e.id and lower(a.description) like :"
                + word + LikeText.ESCAPE + ")");
        return "(" + String.join(" or ", places) + ")";
    }

    private List<LibraryEntry> entries(List<Row> rows, boolean identified, boolean withActions) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> reviewIds = rows.stream().map(Row::id).toList();
        List<Long> concernIds = rows.stream().map(Row::concernId).toList();
        Map<Long, List<String>> themeCodes = grouped("select review_id, theme from review_theme where review_id in (:ids)", reviewIds);
        Map<Long, List<String>> factorNames = grouped(
                "select review_id, factor from review_contributory_factor where review_id in (:ids)", reviewIds);
        Map<Long, List<String>> areaNames = grouped("select concern_id, area from concern_area where concern_id in (:ids)", concernIds);
        Map<Long, List<ActionRow>> actions = withActions ? actions(reviewIds) : Map.of();
        Map<String, String> themeNames = themes.names();

        List<LibraryEntry> entries = new ArrayList<>();
        for (Row row : rows) {
            Anonymiser anonymiser = Anonymiser.of(row.practitionerName(), row.registerNumber());
            Text text = identified ? plain -> plain : anonymiser::scrub;
            List<LibraryEntry.Action> actionsOfRow = actions.getOrDefault(row.id(), List.of()).stream()
                    .map(a -> identified ? new LibraryEntry.Action(a.description(), a.owner(), a.dueOn(), a.status(),
                                    a.whatChanged(), a.whatChangedOn())
                            // anonymised: the owner is free text that may name anyone, and dates are to the month
                            : new LibraryEntry.Action(text.of(a.description()), null, a.dueOn().withDayOfMonth(1), a.status(),
                                    text.of(a.whatChanged()),
                                    a.whatChangedOn() == null ? null : a.whatChangedOn().withDayOfMonth(1)))
                    .toList();
            entries.add(new LibraryEntry(row.id(), !identified, row.recordedAt(),
                    identified ? row.recordedBy() : null,
                    identified ? row.businessKey() : null,
                    identified ? row.practitionerName() + ", " + row.register() + " " + row.registerNumber() : null,
                    Profession.valueOf(row.profession()),
                    enums(ConcernArea.class, areaNames.get(row.concernId())),
                    row.riskBand() == null ? null : RiskBand.valueOf(row.riskBand()),
                    row.route() == null ? null : Route.valueOf(row.route()),
                    row.outcome() == null ? null : PanelDecision.valueOf(row.outcome()),
                    themeCodes.getOrDefault(row.id(), List.of()).stream()
                            .map(code -> themeNames.getOrDefault(code, code)).sorted().toList(),
                    enums(SeipsFactor.class, factorNames.get(row.id())),
                    text.of(row.wentWell()), text.of(row.didNotGoWell()), text.of(row.contributoryNotes()),
                    text.of(row.practitionerExperience()), text.of(row.equalityReview()), text.of(row.sharingPlan()),
                    row.actionCount(), actionsOfRow));
        }
        return entries;
    }

    private Map<Long, List<String>> grouped(String sql, Collection<Long> ids) {
        Map<Long, List<String>> grouped = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("ids", ids),
                (ResultSet row) -> {
                    grouped.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                });
        return grouped;
    }

    private Map<Long, List<ActionRow>> actions(Collection<Long> reviewIds) {
        Map<Long, List<ActionRow>> actions = new HashMap<>();
        jdbc.query("select review_id, description, owner, due_on, status, what_changed, what_changed_on from improvement_action "
                + "where review_id in (:ids) order by due_on, id", new MapSqlParameterSource("ids", reviewIds),
                (ResultSet row) -> {
                    actions.computeIfAbsent(row.getLong("review_id"), id -> new ArrayList<>())
                            .add(new ActionRow(row.getString("description"), row.getString("owner"),
                                    row.getDate("due_on").toLocalDate(), ActionStatus.valueOf(row.getString("status")),
                                    row.getString("what_changed"), row.getDate("what_changed_on") == null ? null
                                            : row.getDate("what_changed_on").toLocalDate()));
                });
        return actions;
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(name -> values.add(Enum.valueOf(type, name)));
        }
        return List.copyOf(values);
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        return new Row(row.getLong("id"), row.getLong("concern_id"), row.getTimestamp("recorded_at").toInstant(),
                row.getString("recorded_by"), row.getString("business_key"), row.getString("risk_band"),
                row.getString("name"), row.getString("profession"), row.getString("register"),
                row.getString("register_number"), row.getString("route"), row.getString("outcome"),
                row.getInt("action_count"), row.getString("went_well"), row.getString("did_not_go_well"),
                row.getString("contributory_notes"), row.getString("practitioner_experience"),
                row.getString("equality_review"), row.getString("sharing_plan"));
    }

    @FunctionalInterface
    private interface Text {
        String of(String text);
    }

    private record ActionRow(String description, String owner, LocalDate dueOn, ActionStatus status, String whatChanged,
            LocalDate whatChangedOn) {
    }

    private record Row(long id, long concernId, Instant recordedAt, String recordedBy, String businessKey,
            String riskBand, String practitionerName, String profession, String register, String registerNumber,
            String route, String outcome, int actionCount, String wentWell, String didNotGoWell,
            String contributoryNotes, String practitionerExperience, String equalityReview, String sharingPlan) {
    }
}
