package org.lotuspathway.learning.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.common.LikeText;
import org.lotuspathway.learning.LibraryQuery;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other organisations' entries, searched with the same words and filters as the local library: a
 * theme matches through the local theme it was mapped to, an outcome of "no panel" the entries that
 * had none, dates the entries whose month, quarter or year lies within them.
 */
@Service
public class SharedLibrary {

    public static final int PAGE_SIZE = LibraryQuery.PAGE_SIZE;

    private final NamedParameterJdbcTemplate jdbc;

    SharedLibrary(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Page(List<SharedEntry> entries, long total) {
    }

    @Transactional(readOnly = true)
    public Page search(LibraryQuery query, int page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (query.theme() != null) {
            conditions.add("exists (select 1 from shared_entry_theme t where t.entry_id = e.id and t.local_theme = :theme)");
            parameters.addValue("theme", query.theme());
        }
        if (query.factor() != null) {
            conditions.add("exists (select 1 from shared_entry_factor f where f.entry_id = e.id and f.factor = :factor)");
            parameters.addValue("factor", query.factor().name());
        }
        if (query.area() != null) {
            conditions.add("(',' || e.concern_areas || ',') like :area");
            parameters.addValue("area", "%," + query.area().name() + ",%");
        }
        if (query.profession() != null) {
            conditions.add("e.profession = :profession");
            parameters.addValue("profession", query.profession().name());
        }
        if (query.route() != null) {
            conditions.add("e.route = :route");
            parameters.addValue("route", query.route().name());
        }
        if (query.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            parameters.addValue("outcome", LibraryQuery.NO_PANEL.equals(query.outcome()) ? ExchangeBundle.NO_PANEL
                    : query.outcome());
        }
        if (query.from() != null) {
            conditions.add("e.period_starts >= :from");
            parameters.addValue("from", java.sql.Date.valueOf(query.from().withDayOfMonth(1)));
        }
        if (query.to() != null) {
            conditions.add("e.period_ends <= :to");
            parameters.addValue("to", java.sql.Date.valueOf(query.to().withDayOfMonth(query.to().lengthOfMonth())));
        }
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            conditions.add("e.search_text like :word" + i + LikeText.ESCAPE);
            parameters.addValue("word" + i, LikeText.containing(words.get(i)));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Long total = jdbc.queryForObject("select count(*) from shared_entry e" + where, parameters, Long.class);
        parameters.addValue("limit", PAGE_SIZE).addValue("offset", Math.min(Math.max(page, 0), LibraryQuery.LAST_PAGE) * PAGE_SIZE);
        List<String> ids = jdbc.queryForList("select e.id from shared_entry e" + where
                + " order by e.period_starts desc, e.seq desc limit :limit offset :offset", parameters, String.class);
        return new Page(entries(ids), total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public Optional<SharedEntry> entry(String id) {
        return entries(List.of(id)).stream().findFirst();
    }

    /** The entries, in the order of their ids, each with its themes, factors and actions. */
    List<SharedEntry> entries(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource in = new MapSqlParameterSource("ids", ids);
        Map<String, List<SharedEntry.Theme>> themes = new HashMap<>();
        jdbc.query("select entry_id, code, name, local_theme from shared_entry_theme where entry_id in (:ids) order by name",
                in, row -> {
                    themes.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                            .add(new SharedEntry.Theme(row.getString(2), row.getString(3), row.getString(4)));
                });
        Map<String, List<String>> factors = new HashMap<>();
        jdbc.query("select entry_id, factor from shared_entry_factor where entry_id in (:ids)", in, row -> {
            factors.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                    .add(SharedEntry.factorLabel(row.getString(2)));
        });
        Map<String, List<SharedEntry.Action>> actions = new HashMap<>();
        jdbc.query("select entry_id, description, status, what_changed, what_changed_month from shared_entry_action "
                + "where entry_id in (:ids) order by id", in, row -> {
                    actions.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                            .add(new SharedEntry.Action(row.getString(2), SharedEntry.statusLabel(row.getString(3)),
                                    row.getString(4), row.getString(5)));
                });
        Map<String, SharedEntry> byId = new HashMap<>();
        jdbc.query("select * from shared_entry where id in (:ids)", in, (ResultSet row) -> {
            String id = row.getString("id");
            byId.put(id, entry(row, themes.getOrDefault(id, List.of()), factors.getOrDefault(id, List.of()),
                    actions.getOrDefault(id, List.of())));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static SharedEntry entry(ResultSet row, List<SharedEntry.Theme> themes, List<String> factors,
            List<SharedEntry.Action> actions) throws SQLException {
        return new SharedEntry(row.getString("id"), row.getString("organisation_code"), row.getString("organisation_name"),
                SharedEntry.professionLabel(row.getString("profession")),
                Arrays.stream(row.getString("concern_areas").split(",")).map(SharedEntry::areaLabel).toList(),
                SharedEntry.routeLabel(row.getString("route")), SharedEntry.outcomeLabel(row.getString("outcome")),
                row.getString("reviewed_period"), themes, factors, row.getString("learning"), actions);
    }

    /** What other organisations changed as a result of learning on a theme here, newest first. */
    public record Change(String organisationName, String period, String action, String whatChanged, String month,
            String entryId) {
    }

    @Transactional(readOnly = true)
    public List<Change> changesOnTheme(String localTheme) {
        return jdbc.query("""
                select e.organisation_name, e.reviewed_period, a.description, a.what_changed, a.what_changed_month, e.id
                  from shared_entry_action a join shared_entry e on e.id = a.entry_id
                 where a.what_changed is not null
                   and exists (select 1 from shared_entry_theme t where t.entry_id = e.id and t.local_theme = :theme)
                 order by a.what_changed_month desc, a.id desc""",
                new MapSqlParameterSource("theme", localTheme),
                (row, n) -> new Change(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)));
    }

}
