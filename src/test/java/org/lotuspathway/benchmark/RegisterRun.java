package org.lotuspathway.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lotuspathway.common.FoldedWords;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.register.CaseRegister;
import org.lotuspathway.register.RegisterFilter;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.TestStaff;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case register's first page with {@value #DEFAULT_CASES} cases against Camunda's REST task
 * query over the open cases' tasks, in the same round of calls. The cases beyond those already
 * there are written with batched SQL inserts (practitioners, the words of their names, concerns),
 * not through the pathway: the register reads only our tables, and walking 90,000 cases would take
 * hours. Most are closed, as in a register that has run for years.
 */
final class RegisterRun {

    static final int DEFAULT_CASES = 100_000;
    /** Smaller for a quick look: -Dbenchmark.register-cases=20000. */
    static final int CASES = Integer.getInteger("benchmark.register-cases", DEFAULT_CASES);
    static final int BATCH = 1_000;
    static final String NAME_SEARCH = "ang";

    private static final List<String> FIRST = List.of("Zoë", "Åsa", "José", "Siân", "Ann", "Ben", "Chloe", "Dev", "Elif",
            "Farid", "Grace", "Hamza", "Isla", "Jonah", "Kemi", "Liam", "Maya", "Nikhil", "Olivia", "Pavel");
    private static final List<String> LAST = List.of("Ångström", "Müller", "O'Brien", "Nguyễn", "Smith", "Jones", "Kaur",
            "Okafor", "Evans", "Lindqvist", "Mensah", "Nakamura", "Quigley", "Rahman", "Sørensen", "Varga", "Whitfield",
            "Xu", "Yilmaz", "Zeller", "Angelou", "Angus", "Bancroft", "Chaudhry", "Dimitrov");
    private static final Stage[] OPEN_STAGES = {Stage.TRIAGE, Stage.INVESTIGATION, Stage.PANEL, Stage.LOCAL_RESOLUTION,
            Stage.SUPPORT_AND_MONITOR, Stage.PRACTITIONER_UPDATE, Stage.LESSONS_REVIEW};

    record RegisterFigures(int cases, double seedingSeconds, Latency firstPage, Latency nameSearch,
            Latency numberSearch, Latency page, Latency api, Latency restTaskQuery) {
    }

    private static final CurrentUser CASE_MANAGER = new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER));

    private RegisterRun() {
    }

    static RegisterFigures measure(ConfigurableApplicationContext app, HttpProbe http, Database database,
            Runnable meanwhile) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long seeding = System.nanoTime();
        Integer existing = jdbc.queryForObject("select count(*) from concern", Integer.class);
        seed(jdbc, Math.max(0, CASES - (existing == null ? 0 : existing)));
        double seeded = (System.nanoTime() - seeding) / 1e9;

        CaseRegister register = app.getBean(CaseRegister.class);
        RegisterFilter byName = RegisterFilter.parse(Map.of("q", NAME_SEARCH)).filter();
        // a practitioner among those added, with their cases
        String number = jdbc.queryForObject("select max(p.register_number) from practitioner p"
                + " join concern c on c.practitioner_id = p.id where p.register_number like '8%'", String.class);
        RegisterFilter byNumber = RegisterFilter.parse(Map.of("q", number)).filter();
        Integer seededCases = jdbc.queryForObject("select count(*) from concern", Integer.class);
        if (seededCases == null || seededCases < CASES
                || register.search(RegisterFilter.everything(), CASE_MANAGER).rows().size() != 25
                || register.search(byName, CASE_MANAGER).rows().size() != 25
                || register.search(byNumber, CASE_MANAGER).rows().isEmpty() || !http.page("/cases").contains("PSC-")) {
            throw new IllegalStateException("The register does not show a full first page of " + CASES + " cases");
        }
        // a case changes too before each call, so that H2 cannot answer the register from its cache either
        Long someCase = jdbc.queryForObject("select min(id) from concern where business_key like 'PSC-%-1_____'", Long.class);
        Runnable casesChangeToo = () -> {
            meanwhile.run();
            jdbc.update("update concern set version = version + 1 where id = ?", someCase);
        };
        List<Latency> latencies = Latency.ofEach(DatabaseRun.WARM_UP_CALLS, DatabaseRun.SAMPLES, casesChangeToo, List.of(
                () -> register.search(RegisterFilter.everything(), CASE_MANAGER),
                () -> register.search(byName, CASE_MANAGER),
                () -> register.search(byNumber, CASE_MANAGER),
                () -> http.page("/cases"),
                () -> http.rest("/api/cases?page=0", "casemanager", TestStaff.PASSWORD),
                () -> http.rest(DatabaseRun.REST_TASK_QUERY, database.adminUser(), database.adminPassword())));
        return new RegisterFigures(CASES, seeded, latencies.get(0), latencies.get(1), latencies.get(2), latencies.get(3),
                latencies.get(4), latencies.get(5));
    }

    /** One practitioner to every two cases, their names' words, then the cases, a batch at a time. */
    private static void seed(JdbcTemplate jdbc, int cases) {
        int practitioners = (cases + 1) / 2;
        for (int from = 0; from < practitioners; from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(from + BATCH, practitioners); i++) {
                rows.add(new Object[] {nameOf(i), "GP", "GMC", numberOf(i)});
            }
            jdbc.batchUpdate("insert into practitioner (name, profession, register, register_number) values (?, ?, ?, ?)",
                    rows);
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, register_number from practitioner where register_number like '8%'",
                row -> {
                    ids.put(row.getString("register_number"), row.getLong("id"));
                });
        List<Object[]> words = new ArrayList<>();
        for (int i = 0; i < practitioners; i++) {
            for (String word : FoldedWords.of(nameOf(i))) {
                words.add(new Object[] {word, ids.get(numberOf(i))});
            }
            if (words.size() >= BATCH || i == practitioners - 1) {
                jdbc.batchUpdate("insert into practitioner_name_word (word, practitioner_id) values (?, ?)", words);
                words.clear();
            }
        }
        Instant first = LocalDate.of(2021, 1, 4).atStartOfDay(PathwayClock.UK).toInstant();
        long spacing = Duration.ofDays(5 * 365).toSeconds() / Math.max(1, cases);
        for (int from = 0; from < cases; from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(from + BATCH, cases); i++) {
                rows.add(concern(i, ids.get(numberOf(i / 2)), first.plusSeconds(spacing * i)));
            }
            jdbc.batchUpdate("""
                    insert into concern (business_key, practitioner_id, source, summary, received_on, raised_by, raised_at,
                        stage, risk_band, closed_on, closure_summary, case_manager, paused_since, version)
                    values (?, ?, 'PATIENT', 'A patient says a referral was not made.', ?, 'casemanager', ?, ?, ?, ?, ?, ?, ?, 0)""",
                    rows);
        }
    }

    /** Seven cases in ten closed; the open ones spread over the stages, one in fifty of them paused. */
    private static Object[] concern(int i, Long practitioner, Instant raised) {
        LocalDate raisedOn = raised.atZone(PathwayClock.UK).toLocalDate();
        boolean closed = i % 10 < 7;
        Stage stage = closed ? Stage.CLOSED : OPEN_STAGES[i % OPEN_STAGES.length];
        String band = stage == Stage.TRIAGE ? null : RiskBand.values()[i % 3].name();
        return new Object[] {"PSC-%d-%06d".formatted(raisedOn.getYear(), 100_000 + i), practitioner,
                Date.valueOf(raisedOn.minusDays(3)), Timestamp.from(raised), stage.name(), band,
                closed ? Date.valueOf(raisedOn.plusDays(90)) : null, closed ? "Closed after local resolution." : null,
                List.of("casemanager", "casemanager2", "casemanager3").get(i % 3),
                !closed && i % 50 == 3 ? Timestamp.from(raised.plusSeconds(86_400)) : null};
    }

    private static String nameOf(int i) {
        return "Dr " + FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size());
    }

    private static String numberOf(int i) {
        return String.valueOf(8_000_000 + i);
    }
}
