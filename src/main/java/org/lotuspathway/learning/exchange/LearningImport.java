package org.lotuspathway.learning.exchange;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other organisations' learning comes in here, from a lead's upload, the API, a hub member's
 * bundle (at a hub) or a pull from the hub (at a member): read by {@link BundleReader}, which
 * refuses the whole bundle on any problem, so nothing is stored; then each entry not already here
 * (by its id) is kept, read-only, with its organisation. Themes are matched by code, a merged one
 * counting as the theme it was merged into; the others wait for a lead to map them.
 */
@Service
public class LearningImport {

    public static final String UPLOAD = "upload";
    public static final String API = "api";
    public static final String FROM_MEMBER = "hub-member";
    public static final String FROM_HUB = "hub";

    private final BundleReader reader;
    private final NamedParameterJdbcTemplate jdbc;
    private final PathwayClock clock;
    private final AuditLog audit;

    LearningImport(BundleReader reader, NamedParameterJdbcTemplate jdbc, PathwayClock clock, AuditLog audit) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** {@code added} and {@code skipped} (already here) entries, or the problems that refused the bundle. */
    public record Outcome(int added, int skipped, List<String> problems, String organisation) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    @Transactional
    public Outcome importBundle(byte[] bytes, String through, String user) {
        BundleReader.Read read = reader.read(bytes);
        if (!read.ok()) {
            audit.record(user, AuditAction.IMPORTED_LEARNING, null, "Refused a bundle (" + through + "): "
                    + read.problems().size() + " problem(s)");
            return new Outcome(0, 0, read.problems(), null);
        }
        return store(read.bundle(), through, user);
    }

    /**
     * A hub member's bundle: it must come from the member's organisation ({@code expectedCode}), and
     * is kept under the name the hub's administrator gave the member, whatever name it calls itself.
     */
    @Transactional
    public Outcome importBundle(byte[] bytes, String through, String user, String expectedCode, String registeredName) {
        BundleReader.Read read = reader.read(bytes);
        if (read.ok() && !read.bundle().organisation().code().equalsIgnoreCase(expectedCode)) {
            read = BundleReader.Read.refused("The bundle's organisation (" + read.bundle().organisation().code()
                    + ") is not the one this token was issued to (" + expectedCode + ").");
        }
        if (!read.ok()) {
            audit.record(user, AuditAction.IMPORTED_LEARNING, null, "Refused a bundle (" + through + "): "
                    + read.problems().size() + " problem(s)");
            return new Outcome(0, 0, read.problems(), null);
        }
        ExchangeBundle bundle = read.bundle();
        return store(new ExchangeBundle(bundle.schemaVersion(), new ExchangeBundle.Organisation(
                bundle.organisation().code(), registeredName), bundle.exportedOn(), bundle.entries(), bundle.heldBack()),
                through, user);
    }

    private Outcome store(ExchangeBundle bundle, String through, String user) {
        Map<String, String> localThemes = localThemes();
        int added = 0;
        int skipped = 0;
        for (ExchangeBundle.Entry entry : bundle.entries()) {
            Integer known = jdbc.queryForObject("select count(*) from shared_entry where id = :id",
                    new MapSqlParameterSource("id", entry.id()), Integer.class);
            if (known != null && known > 0) {
                skipped++;
                continue;
            }
            insert(bundle.organisation(), entry, through, user, localThemes);
            added++;
        }
        audit.record(user, AuditAction.IMPORTED_LEARNING, null, "Imported " + added + " lesson(s) from "
                + bundle.organisation().code() + " (" + through + "); " + skipped + " already here");
        return new Outcome(added, skipped, List.of(), bundle.organisation().name());
    }

    private void insert(ExchangeBundle.Organisation organisation, ExchangeBundle.Entry entry, String through,
            String user, Map<String, String> localThemes) {
        Period period = Period.parse(entry.reviewedMonth());
        StringBuilder search = new StringBuilder(entry.learning());
        entry.actions().forEach(action -> {
            search.append('\n').append(action.description());
            if (action.whatChanged() != null) {
                search.append('\n').append(action.whatChanged().text());
            }
        });
        jdbc.update("""
                insert into shared_entry (id, organisation_code, organisation_name, profession, concern_areas, route,
                    outcome, reviewed_period, period_starts, period_ends, learning, search_text, entry_json,
                    received_at, received_by, received_through)
                values (:id, :code, :name, :profession, :areas, :route, :outcome, :period, :starts, :ends, :learning,
                    :search, :json, :at, :by, :through)""",
                new MapSqlParameterSource("id", entry.id()).addValue("code", organisation.code())
                        .addValue("name", organisation.name()).addValue("profession", entry.profession())
                        .addValue("areas", String.join(",", entry.concernAreas())).addValue("route", entry.route())
                        .addValue("outcome", entry.outcome()).addValue("period", period.text())
                        .addValue("starts", java.sql.Date.valueOf(period.starts()))
                        .addValue("ends", java.sql.Date.valueOf(period.ends())).addValue("learning", entry.learning())
                        .addValue("search", search.toString().toLowerCase(Locale.UK))
                        .addValue("json", reader.write(reader.tree(entry))).addValue("at", Timestamp.from(clock.now()))
                        .addValue("by", user).addValue("through", through));
        for (ExchangeBundle.Theme theme : entry.themes()) {
            jdbc.update("""
                    insert into shared_entry_theme (entry_id, code, name, local_theme) values (:entry, :code, :name, :local)""",
                    new MapSqlParameterSource("entry", entry.id()).addValue("code", theme.code())
                            .addValue("name", theme.name()).addValue("local", localThemes.get(theme.code())));
        }
        for (String factor : entry.seipsFactors()) {
            jdbc.update("insert into shared_entry_factor (entry_id, factor) values (:entry, :factor)",
                    new MapSqlParameterSource("entry", entry.id()).addValue("factor", factor));
        }
        for (ExchangeBundle.Action action : entry.actions()) {
            jdbc.update("""
                    insert into shared_entry_action (entry_id, description, status, what_changed, what_changed_month)
                    values (:entry, :description, :status, :changed, :month)""",
                    new MapSqlParameterSource("entry", entry.id()).addValue("description", action.description())
                            .addValue("status", action.status())
                            .addValue("changed", action.whatChanged() == null ? null : action.whatChanged().text())
                            .addValue("month", action.whatChanged() == null ? null : action.whatChanged().month()));
        }
    }

    /** Each local theme code, and a merged one, to the theme it now is. */
    private Map<String, String> localThemes() {
        Map<String, String> mergedInto = new HashMap<>();
        jdbc.query("select code, merged_into from learning_theme", row -> {
            mergedInto.put(row.getString(1), row.getString(2));
        });
        Map<String, String> canonical = new HashMap<>();
        for (String code : new ArrayList<>(mergedInto.keySet())) {
            String at = code;
            for (int hops = 0; mergedInto.get(at) != null && hops < 20; hops++) {
                at = mergedInto.get(at);
            }
            canonical.put(code, at);
        }
        return canonical;
    }
}
