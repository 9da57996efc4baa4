package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.common.FoldedWords;
import org.lotuspathway.common.MatchCount;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.PanelCases;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.TestClock;
import org.lotuspathway.wellbeing.CasePauses;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register finds cases by each of its filters, sorts and pages them, in the database: run on H2
 * ({@link RegisterSearchTests}) and PostgreSQL ({@link PostgresRegisterSearchTests}).
 */
abstract class RegisterSearchChecks {

    @Autowired
    CaseRegister register;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    CasePauses pauses;
    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;
    @Autowired
    org.lotuspathway.audit.AuditLog audit;
    @Autowired
    PanelCases panel;

    static final CurrentUser CASE_MANAGER = new CurrentUser("casemanager", Set.of(Roles.CASE_MANAGER));

    RegisterCases cases;

    @BeforeEach
    void cases() {
        cases = new RegisterCases(driver, intake);
    }

    @Test
    void aNameIsFoundByTheStartOfAnyOfItsWordsWhateverItsAccentsAndCase() {
        String word = RegisterCases.uniqueWord();
        String key = cases.raise("Dr Zoë Ångström " + word, RegisterCases.gmcNumber());

        for (String search : List.of("ang", "angstrom", "ÅNGST", "Zoë", "zoe", word.substring(0, 4).toLowerCase())) {
            List<RegisterRow> found = rows(Map.of("q", search));
            assertThat(keysOf(found)).as(search).contains(key);
            assertThat(found).as("every case found for " + search).allSatisfy(row -> assertThat(FoldedWords.of(row.practitionerName()))
                    .anySatisfy(w -> assertThat(w).startsWith(FoldedWords.listOf(search).get(0))));
        }
        assertThat(keysOf(rows(Map.of("q", "gstrom")))).as("the middle of a word").doesNotContain(key);
        assertThat(keysOf(rows(Map.of("q", "angstrom " + word)))).as("every word searched must match").containsExactly(key);
        assertThat(keysOf(rows(Map.of("q", "angstrom zzzzzz" + word)))).isEmpty();
    }

    @Test
    void aWordThatStartsManyNamesFindsTheSameCasesCheckedCaseByCase() {
        String word = RegisterCases.uniqueWord();
        List<String> raised = new ArrayList<>();
        for (String name : List.of("Dr Angus " + word, "Dr Ångström " + word, "Ms Anna " + word, "Dr Bob " + word)) {
            raised.add(cases.raise(name, RegisterCases.gmcNumber()));
        }
        CaseRegister everyWordBroad = new CaseRegister(jdbc, audit, panel, 0, MatchCount.PAGES_COUNTED_AHEAD);

        for (Map<String, String> search : List.of(Map.of("q", "an " + word), Map.of("q", "an " + word, "sort", "PRACTITIONER"),
                Map.of("q", word + " ang", "page", "0"))) {
            RegisterPage few = register.search(parse(search), CASE_MANAGER);
            RegisterPage many = everyWordBroad.search(parse(search), CASE_MANAGER);
            assertThat(keysOf(many.rows())).as(search.toString()).isEqualTo(keysOf(few.rows()));
            assertThat(many.total()).isEqualTo(few.total());
        }
        assertThat(keysOf(everyWordBroad.search(parse(Map.of("q", "an " + word)), CASE_MANAGER).rows()))
                .containsExactlyInAnyOrderElementsOf(raised.subList(0, 3));
    }

    @Test
    void aCaseIsFoundByItsReferenceAndAPractitionerByTheirNumber() {
        String number = RegisterCases.gmcNumber();
        String name = "Dr Reference " + RegisterCases.uniqueWord();
        String first = cases.raise(name, number);
        String second = cases.raise(name, number);

        assertThat(keysOf(rows(Map.of("q", first.toLowerCase())))).containsExactly(first);
        assertThat(keysOf(rows(Map.of("q", number)))).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void eachFilterNarrowsTheCases() {
        String word = RegisterCases.uniqueWord();
        TestClock.startAt(TestClock.uk("2026-10-05T09:00"));
        String octoberGp = cases.raise("Dr Early " + word, RegisterCases.gmcNumber());
        TestClock.startAt(TestClock.uk("2026-11-16T09:00"));
        String dentist = cases.raise("Ms Dentist " + word, Profession.DENTIST, Register.GDC, RegisterCases.gdcNumber(),
                "casemanager2");
        String lowRisk = cases.raise("Dr Low " + word, RegisterCases.gmcNumber());
        cases.triageLow(lowRisk);
        String paused = cases.raise("Dr Paused " + word, RegisterCases.gmcNumber());
        pauses.pause(paused, "Unwell", "casemanager");
        String closed = cases.raise("Dr Closed " + word, RegisterCases.gmcNumber());
        cases.close(closed);

        assertThat(keys(word, "profession", "DENTIST")).containsExactly(dentist);
        assertThat(keys(word, "stage", "LOCAL_RESOLUTION")).containsExactly(lowRisk);
        assertThat(keys(word, "stage", "TRIAGE")).containsExactlyInAnyOrder(octoberGp, dentist, paused);
        assertThat(keys(word, "riskBand", "LOW")).containsExactlyInAnyOrder(lowRisk, closed);
        assertThat(keys(word, "caseManager", "casemanager2")).containsExactly(dentist);
        assertThat(keys(word, "status", "CLOSED")).containsExactly(closed);
        assertThat(keys(word, "status", "PAUSED")).containsExactly(paused);
        assertThat(keys(word, "status", "OPEN")).containsExactlyInAnyOrder(octoberGp, dentist, lowRisk, paused);
        assertThat(keys(word, "open", "false")).containsExactly(closed);
        assertThat(keys(word, "openedTo", "2026-10-31")).containsExactly(octoberGp);
        assertThat(keysOf(rows(Map.of("q", word, "openedFrom", "2026-10-05", "openedTo", "2026-10-05"))))
                .containsExactly(octoberGp);
        assertThat(keys(word, "openedFrom", "2026-11-16")).containsExactlyInAnyOrder(dentist, lowRisk, paused, closed);

        RegisterRow row = rows(Map.of("q", closed)).get(0);
        assertThat(row.stage()).isEqualTo(Stage.CLOSED);
        assertThat(row.riskBand()).isEqualTo(RiskBand.LOW);
        assertThat(row.closedOn()).isEqualTo(TestClock.today());
        assertThat(row.openedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 16));
    }

    @Test
    void casesComeNewestFirstAPageAtATimeOrInTheOrderAsked() {
        String word = RegisterCases.uniqueWord();
        List<String> raised = new ArrayList<>();
        for (int i = 0; i < RegisterFilter.PAGE_SIZE + 2; i++) {
            TestClock.stopAt(TestClock.uk("2026-11-02T09:00").plusSeconds(60L * i));
            raised.add(cases.raise("Dr " + (char) ('A' + (i * 7) % 26) + "nne " + word, RegisterCases.gmcNumber()));
        }
        List<String> newestFirst = new ArrayList<>(raised);
        java.util.Collections.reverse(newestFirst);

        RegisterPage first = register.search(parse(Map.of("q", word)), CASE_MANAGER);
        RegisterPage second = register.search(parse(Map.of("q", word, "page", "1")), CASE_MANAGER);
        assertThat(first.total()).isEqualTo(27);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(keysOf(first.rows())).containsExactlyElementsOf(newestFirst.subList(0, 25));
        assertThat(keysOf(second.rows())).containsExactlyElementsOf(newestFirst.subList(25, 27));
        assertThat(keysOf(rows(Map.of("q", word, "sort", "OPENED_OLDEST")))).containsExactlyElementsOf(raised.subList(0, 25));
        List<String> names = rows(Map.of("q", word, "sort", "PRACTITIONER")).stream().map(RegisterRow::practitionerName).toList();
        assertThat(names).isSorted();
    }

    /** A search is counted only so far past its page; the last pages are counted to the end. */
    @Test
    void aBroadSearchIsCountedOnlySoFarPastThePageShown() {
        String word = RegisterCases.uniqueWord();
        for (int i = 0; i < RegisterFilter.PAGE_SIZE + 2; i++) {
            cases.raise("Dr Anne " + word, RegisterCases.gmcNumber());
        }
        CaseRegister countingOnePageAhead = new CaseRegister(jdbc, audit, panel, CaseRegister.FEW_NAMES, 1);

        RegisterPage first = countingOnePageAhead.search(parse(Map.of("q", word)), CASE_MANAGER);
        assertThat(first.rows()).hasSize(RegisterFilter.PAGE_SIZE);
        assertThat(first.totalLabel()).isEqualTo("more than 25");
        assertThat(first.pagesLabel()).isEqualTo("more than 1");
        assertThat(first.hasNext()).isTrue();

        RegisterPage second = countingOnePageAhead.search(parse(Map.of("q", word, "page", "1")), CASE_MANAGER);
        assertThat(second.rows()).hasSize(2);
        assertThat(second.totalLabel()).isEqualTo("27");
        assertThat(second.pagesLabel()).isEqualTo("2");
        assertThat(second.hasNext()).isFalse();
    }

    /**
     * The panel's rule in the database at hand: with no meetings of theirs, a member of the panel alone
     * finds a case waiting for its panel discussion on no agenda, and not one still at triage.
     */
    @Test
    void aPanelMemberAloneFindsOnlyTheCasesTheyMayOpen() {
        String word = RegisterCases.uniqueWord();
        String atThePanel = cases.raise("Dr Panel " + word, RegisterCases.gmcNumber());
        driver.triageAs(atThePanel, 3, 3);
        driver.complete(atThePanel, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager",
                Map.of("findings", "Referral delays during a locum gap"));
        String atTriage = cases.raise("Dr Triage " + word, RegisterCases.gmcNumber());
        CurrentUser panelMember = new CurrentUser("panel-" + word, Set.of(Roles.PANEL));

        RegisterPage found = register.search(parse(Map.of("q", word)), panelMember);
        assertThat(keysOf(found.rows())).containsExactly(atThePanel);
        assertThat(found.total()).isEqualTo(1);
        assertThat(keysOf(rows(Map.of("q", word)))).containsExactlyInAnyOrder(atThePanel, atTriage);
    }

    @Test
    void whatIsNotUnderstoodIsSaidAndLeftOut() {
        RegisterFilter.Parsed parsed = RegisterFilter.parse(Map.of("stage", "NOWHERE", "openedFrom", "31/12/2026",
                "q", "!!!", "page", "-1", "sort", "RANDOM"));

        assertThat(parsed.errors()).containsOnlyKeys("stage", "openedFrom", "q", "page", "sort");
        assertThat(parsed.errors().get("stage")).startsWith("stage must be one of TRIAGE, LOCAL_RESOLUTION");
        assertThat(parsed.filter()).isEqualTo(RegisterFilter.everything());
    }

    private List<String> keys(String word, String filter, String value) {
        Map<String, String> parameters = new HashMap<>(Map.of("q", word));
        parameters.put(filter, value);
        return keysOf(rows(parameters));
    }

    private List<RegisterRow> rows(Map<String, String> parameters) {
        return register.search(parse(parameters), CASE_MANAGER).rows();
    }

    private static RegisterFilter parse(Map<String, String> parameters) {
        RegisterFilter.Parsed parsed = RegisterFilter.parse(parameters);
        assertThat(parsed.errors()).isEmpty();
        return parsed.filter();
    }

    private static List<String> keysOf(List<RegisterRow> rows) {
        return rows.stream().map(RegisterRow::businessKey).toList();
    }
}
