package org.lotuspathway.learning.exchange;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.learning.LessonsLibrary;
import org.lotuspathway.learning.LibraryEntry;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What leaves for other organisations: the chosen reviews of a period, read as the anonymised
 * library shows them (no case, practitioner, number, reviewer or owner; the practitioner scrubbed
 * from the text), each scanned again for identifiers and held back if any is found, then checked
 * for k-anonymity ({@link KAnonymity}). A preview shows exactly what would leave; every bundle that
 * does leave is kept as it left and audited.
 */
@Service
public class LearningExport {

    private final NamedParameterJdbcTemplate jdbc;
    private final LessonsLibrary library;
    private final IdentifierScan identifiers;
    private final ExchangeSettings settings;
    private final BundleReader json;
    private final PathwayClock clock;
    private final AuditLog audit;

    LearningExport(NamedParameterJdbcTemplate jdbc, LessonsLibrary library, IdentifierScan identifiers,
            ExchangeSettings settings, BundleReader json, PathwayClock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.library = library;
        this.identifiers = identifiers;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    /** The reviews of the months from {@code from} to {@code to}; of those, only {@code chosen} if any are. */
    public record Selection(YearMonth from, YearMonth to, Set<Long> chosen) {

        public Selection {
            // an empty "review=" in the form binds as null: it chooses nothing
            chosen = chosen == null ? Set.of() : chosen.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        }

        boolean takes(long reviewId) {
            return chosen.isEmpty() || chosen.contains(reviewId);
        }
    }

    public record Outgoing(long reviewId, ExchangeBundle.Entry entry, String note) {
    }

    public record Kept(long reviewId, String reason) {
    }

    /** {@code inPeriod}: every review of the period, chosen or not, so the lead may choose again. */
    public record Preview(ExchangeBundle bundle, List<Outgoing> outgoing, List<Kept> kept, List<Long> inPeriod) {
    }

    /** What would leave now. Entries get their exchange id the first time they are previewed or shared. */
    @Transactional
    public Preview preview(Selection selection) {
        List<Long> inPeriod = jdbc.queryForList("""
                select id from lessons_review where recorded_at >= :from and recorded_at < :to order by recorded_at, id""",
                new MapSqlParameterSource("from", Timestamp.from(selection.from().atDay(1).atStartOfDay(PathwayClock.UK).toInstant()))
                        .addValue("to", Timestamp.from(selection.to().plusMonths(1).atDay(1).atStartOfDay(PathwayClock.UK).toInstant())),
                Long.class);
        IdentifierScan.Scanner scanner = identifiers.scanner();
        List<Kept> kept = new ArrayList<>();
        List<LibraryEntry> clean = new ArrayList<>();
        Map<Long, String> exchangeIds = new LinkedHashMap<>();
        for (long reviewId : inPeriod) {
            if (!selection.takes(reviewId)) {
                continue;
            }
            LibraryEntry entry = library.entry(reviewId, false).orElseThrow();
            Set<String> found = new LinkedHashSet<>();
            texts(entry).forEach(text -> found.addAll(scanner.find(text)));
            if (found.isEmpty()) {
                clean.add(entry);
                exchangeIds.put(reviewId, exchangeId(reviewId));
            } else {
                kept.add(new Kept(reviewId, "Its text looks like it holds " + String.join(", ", found)
                        + ": a lead should take that out of the review before it is shared."));
            }
        }
        List<KAnonymity.Verdict> verdicts = KAnonymity.check(clean.stream().map(LearningExport::candidate).toList(),
                settings.k());
        Map<Long, List<ExchangeBundle.Theme>> themes = themes(exchangeIds.keySet());
        List<Outgoing> outgoing = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            LibraryEntry entry = clean.get(i);
            KAnonymity.Verdict verdict = verdicts.get(i);
            if (!verdict.released()) {
                kept.add(new Kept(entry.id(), verdict.reason()));
                continue;
            }
            outgoing.add(new Outgoing(entry.id(), new ExchangeBundle.Entry(exchangeIds.get(entry.id()),
                    entry.profession().name(), verdict.areas(), route(entry), outcome(entry), verdict.period().text(),
                    themes.getOrDefault(entry.id(), List.of()),
                    entry.factors().stream().map(Enum::name).toList(), learning(entry), actions(entry)), verdict.reason()));
        }
        ExchangeBundle bundle = new ExchangeBundle(ExchangeBundle.VERSION, settings.organisation(),
                YearMonth.from(clock.today()).toString(), outgoing.stream().map(Outgoing::entry).toList(),
                kept.stream().map(held -> new ExchangeBundle.HeldBack(held.reason())).toList());
        return new Preview(bundle, outgoing, kept, inPeriod);
    }

    /** The bundle as it leaves ({@code destination}: download, hub or api), kept and audited. */
    @Transactional
    public String export(Selection selection, String destination, String user) {
        Preview preview = preview(selection);
        String bundle = json.write(preview.bundle());
        jdbc.update("""
                insert into learning_export (exported_at, exported_by, destination, entries, held_back, bundle_json)
                values (:at, :by, :destination, :entries, :heldBack, :bundle)""",
                new MapSqlParameterSource("at", Timestamp.from(clock.now())).addValue("by", user)
                        .addValue("destination", destination).addValue("entries", preview.outgoing().size())
                        .addValue("heldBack", preview.kept().size()).addValue("bundle", bundle));
        audit.record(user, AuditAction.EXPORTED_LEARNING, null, "Shared " + preview.outgoing().size()
                + " anonymised lessons (" + destination + ", " + selection.from() + " to " + selection.to()
                + "), reviews " + preview.outgoing().stream().map(o -> String.valueOf(o.reviewId())).toList()
                + "; held back " + preview.kept().size());
        return bundle;
    }

    private String exchangeId(long reviewId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", reviewId);
        String existing = jdbc.queryForObject("select exchange_id from lessons_review where id = :id", id, String.class);
        if (existing != null) {
            return existing;
        }
        String fresh = UUID.randomUUID().toString();
        jdbc.update("update lessons_review set exchange_id = :exchange where id = :id and exchange_id is null",
                id.addValue("exchange", fresh));
        return jdbc.queryForObject("select exchange_id from lessons_review where id = :id", id, String.class);
    }

    private Map<Long, List<ExchangeBundle.Theme>> themes(Set<Long> reviewIds) {
        Map<Long, List<ExchangeBundle.Theme>> themes = new LinkedHashMap<>();
        if (reviewIds.isEmpty()) {
            return themes;
        }
        jdbc.query("""
                select rt.review_id, t.code, t.name from review_theme rt join learning_theme t on t.code = rt.theme
                 where rt.review_id in (:ids) order by t.name""", new MapSqlParameterSource("ids", reviewIds),
                row -> {
                    themes.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new ExchangeBundle.Theme(row.getString(2), row.getString(3)));
                });
        return themes;
    }

    private static KAnonymity.Candidate candidate(LibraryEntry entry) {
        return new KAnonymity.Candidate(entry.profession().name(), entry.areas().stream().map(Enum::name).toList(),
                route(entry), outcome(entry), YearMonth.from(entry.reviewedAt().atZone(PathwayClock.UK)));
    }

    private static String route(LibraryEntry entry) {
        return entry.route() == null ? ExchangeBundle.NOT_TRIAGED : entry.route().name();
    }

    private static String outcome(LibraryEntry entry) {
        return entry.outcome() == null ? ExchangeBundle.NO_PANEL : entry.outcome().name();
    }

    /**
     * The learning as it travels: what went well, what did not and the contributory factors. The
     * practitioner's own experience, the equality review and the sharing plan stay here: they are
     * about the person and the organisation's own arrangements.
     */
    private static String learning(LibraryEntry entry) {
        StringBuilder text = new StringBuilder();
        text.append("What went well: ").append(entry.wentWell().strip());
        text.append("\n\nWhat did not go well: ").append(entry.didNotGoWell().strip());
        if (entry.contributoryNotes() != null && !entry.contributoryNotes().isBlank()) {
            text.append("\n\nContributory factors: ").append(entry.contributoryNotes().strip());
        }
        return text.toString();
    }

    private static List<ExchangeBundle.Action> actions(LibraryEntry entry) {
        return entry.actions().stream().map(action -> new ExchangeBundle.Action(action.description(),
                action.status().name(), action.whatChanged() == null ? null
                        : new ExchangeBundle.WhatChanged(action.whatChanged(), YearMonth.from(action.whatChangedOn()).toString())))
                .toList();
    }

    private static List<String> texts(LibraryEntry entry) {
        List<String> texts = new ArrayList<>(List.of(learning(entry)));
        entry.actions().forEach(action -> {
            texts.add(action.description());
            texts.add(action.whatChanged());
        });
        return texts;
    }
}
