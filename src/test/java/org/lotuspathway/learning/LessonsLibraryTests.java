package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.lotuspathway.support.TestClock;

/**
 * The lessons library: staff who work cases read each review with its case; everyone else reads it
 * anonymised, with no name, registration number or case reference, not even inside the free text.
 * Two reviews carry the word "kittiwake", which no other test writes, so searches see only them.
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonsLibraryTests {

    static final String NAME = "Dr Marguerite Quillfeather";
    static final String NUMBER = "7340001";
    static final RequestPostProcessor READER = as("learner", "learning");
    static final RequestPostProcessor STAFF = as("casemanager", "casemanager");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    LessonsLibrary library;
    @Autowired
    AnonymisedSearchText searchText;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String named;
    String other;

    @BeforeAll
    void reviewTwoCases() {
        named = driver.raise(PathwayDriver.concernAbout(NAME, NUMBER));
        driver.triageAs(named, 1, 2);
        driver.complete(named, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(named, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.ofEntries(
                Map.entry("wentWell", "Kittiwake: Dr Quillfeather was told promptly and kindly."),
                Map.entry("didNotGoWell", "Marguerite Quillfeather (GMC " + NUMBER + ") had no induction; see " + named + "."),
                Map.entry("contributoryFactors", List.of("PERSON", "ORGANISATION")),
                Map.entry("contributoryNotes", "Quillfeather's practice had no induction pack."),
                Map.entry("practitionerExperience", "Marguerite felt the letters were kind."),
                Map.entry("learningThemes", List.of("INDUCTION")),
                Map.entry("sharingPlan", "Shared at the kittiwake forum."),
                Map.entry("action1", "Write an induction pack for Dr Quillfeather's practice"),
                Map.entry("action1Owner", "casemanager"),
                Map.entry("action1DueOn", TestClock.today().plusMonths(1).toString()),
                Map.entry("action2", "Reflect on referral tracking"),
                Map.entry("action2Owner", "Dr Marguerite Quillfeather"),
                Map.entry("action2DueOn", TestClock.today().plusMonths(2).toString())));
        driver.complete(named, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());

        other = driver.raise(new NewConcern(new PractitionerDetails("Dr Bartholomew Guillemot-Smythe", Profession.DENTIST,
                Register.GDC, "734002"), ConcernSource.EMPLOYER, Set.of(ConcernArea.CONDUCT), "Rude to staff.",
                LocalDate.of(2026, 11, 2)));
        driver.triageAs(other, 3, 3);
        driver.complete(other, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(other, "NO_FURTHER_ACTION");
        driver.sendUpdate(other);
        driver.complete(other, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "wentWell", "Kittiwake again: the panel met on time.",
                "didNotGoWell", "Rotas left no time for team meetings; nesting of work like a colony of seabirds.",
                "contributoryFactors", List.of("TASKS"),
                "learningThemes", List.of("WORKLOAD", "TEAMWORKING")));
        driver.complete(other, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());
    }

    @Test
    void staffWhoWorkCasesSeeTheCaseAndThePractitioner() throws Exception {
        Document page = page("/learning?q=kittiwake", STAFF);

        assertThat(page.select(".lotus-lesson")).hasSize(2);
        assertThat(page.select(".lotus-lesson h3").eachText())
                .contains(named + ": " + NAME + ", GMC " + NUMBER, other + ": Dr Bartholomew Guillemot-Smythe, GDC 734002");
        Document entry = page(page.select(".lotus-lesson h3 a:contains(" + named + ")").attr("href"), STAFF);
        assertThat(entry.select("a[href=/cases/" + named + "]")).hasSize(1);
        assertThat(entry.text()).contains("Marguerite Quillfeather (GMC " + NUMBER + ") had no induction", "Induction",
                "Person, Organisation", "Local resolution", "No panel (resolved locally)", "Dr Marguerite Quillfeather");
    }

    @Test
    void everyoneElseReadsEveryEntryAnonymised() throws Exception {
        Document page = page("/learning?q=kittiwake", READER);
        Document entry = page(page.select(".lotus-lesson h3 a:contains(Clinical capability)").attr("href"), READER);

        for (Document shown : List.of(page, entry)) {
            assertThat(shown.select("main").text()).doesNotContain("Marguerite", "Quillfeather", NUMBER, named, other,
                    "Guillemot", "734002");
            assertThat(shown.select("main a[href^=/cases/]")).isEmpty();
        }
        assertThat(page.select(".lotus-lesson")).hasSize(2);
        assertThat(entry.select("h1").text()).startsWith("Lessons-learnt review, ");
        assertThat(entry.text()).contains("[the practitioner] (GMC [registration number]) had no induction; see [case reference].",
                "Kittiwake: [the practitioner] was told promptly", "[the practitioner]'s practice had no induction pack",
                "[the practitioner] felt the letters were kind", "Write an induction pack for [the practitioner]'s practice",
                "GP", "Induction", "Local resolution");
        assertThat(page.select("input[name=anonymised]")).as("nothing to choose: always anonymised").isEmpty();
    }

    @Test
    void anonymisedEntriesCarryNothingThatNamesThePractitioner() {
        LibraryPage page = library.search(new LibraryQuery("kittiwake", null, null, null, null, null, null, null, null,
                null, null), false);

        assertThat(page.entries()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.anonymised()).isTrue();
            assertThat(entry.businessKey()).isNull();
            assertThat(entry.practitioner()).isNull();
            assertThat(entry.reviewedBy()).isNull();
            assertThat(entry.toString()).doesNotContain("Marguerite", "Quillfeather", NUMBER, "Bartholomew", "Guillemot",
                    "Smythe", "734002", "PSC-");
        });
        LibraryEntry full = library.entry(page.entries().stream().filter(e -> e.profession() == Profession.GP)
                .findFirst().orElseThrow().id(), false).orElseThrow();
        assertThat(full.actions()).as("owners are free text that may name anyone").extracting(LibraryEntry.Action::owner)
                .containsOnlyNulls();
        assertThat(full.actions()).extracting(LibraryEntry.Action::dueOn).allSatisfy(due -> assertThat(due.getDayOfMonth()).isOne());
        assertThat(full.toString()).doesNotContain("Marguerite", "Quillfeather", NUMBER, "PSC-");
    }

    @Test
    void staffMayReadItAnonymisedToShareOnScreen() throws Exception {
        Document page = page("/learning?q=kittiwake&anonymised=true", STAFF);

        assertThat(page.select("main").text()).doesNotContain("Quillfeather", NUMBER, named);
        assertThat(page.select(".lotus-lesson h3 a").eachAttr("href")).allMatch(href -> href.endsWith("anonymised=true"));
    }

    @Test
    void searchingForThePractitionerTellsAnAnonymisedReaderNothing() throws Exception {
        assertThat(page("/learning?q=Quillfeather", READER).select(".lotus-lesson")).isEmpty();
        assertThat(page("/learning?q=" + NUMBER, READER).select(".lotus-lesson")).isEmpty();
        assertThat(page("/learning?q=" + named, READER).select(".lotus-lesson")).isEmpty();
        assertThat(page("/learning?q=Quillfeather", STAFF).select(".lotus-lesson")).hasSize(1);
    }

    /**
     * An anonymised reader finds a review if and only if the text they read holds the words: so
     * which reviews a letter finds never depends on whether the practitioner's name holds it. Both
     * names hold "e" and neither holds "n"; both reviews' text holds both.
     */
    @Test
    void anAnonymisedReadersSearchLooksOnlyAtWhatTheyRead() throws Exception {
        assertThat(found("kittiwake e", READER)).hasSize(2).isEqualTo(found("kittiwake n", READER));

        List<LibraryEntry> entries = library.search(new LibraryQuery("kittiwake", null, null, null, null, null, null, null,
                null, null, null), true).entries().stream().map(e -> library.entry(e.id(), false).orElseThrow()).toList();
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String word = String.valueOf(letter);
            List<Long> expected = entries.stream().filter(entry -> readText(entry).contains(word)).map(LibraryEntry::id)
                    .sorted().toList();
            assertThat(found("kittiwake " + word, READER)).as("searching for " + word).isEqualTo(expected);
        }
    }

    @Test
    void reviewsRecordedBeforeAnonymisedSearchAreFilledInAsTheAppStarts() throws Exception {
        jdbc.update("update lessons_review set anonymised_text = null where concern_id = "
                + "(select id from concern where business_key = ?)", named);
        assertThat(found("kittiwake", READER)).hasSize(1);

        assertThat(searchText.fillIn()).isEqualTo(1);

        assertThat(found("kittiwake", READER)).hasSize(2);
        assertThat(found("Quillfeather", READER)).isEmpty();
    }

    /** Anonymised dates are to the month, and so are an anonymised reader's searches by date. */
    @Test
    void anAnonymisedReadersDatesAreWholeMonths() throws Exception {
        LocalDate today = driver.today();
        String dates = today.getDayOfMonth() < today.lengthOfMonth()
                ? "from=" + today.withDayOfMonth(today.lengthOfMonth()) + "&to=" + today.withDayOfMonth(today.lengthOfMonth())
                : "from=" + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(1);

        assertThat(page("/learning?q=kittiwake&" + dates, STAFF).select(".lotus-lesson")).isEmpty();
        assertThat(page("/learning?q=kittiwake&" + dates, READER).select(".lotus-lesson")).hasSize(2);
        assertThat(page("/learning?q=kittiwake&anonymised=true&" + dates, STAFF).select(".lotus-lesson")).hasSize(2);
    }

    @Test
    void anAnonymisedEntryShowsNoActionOwnerAndDueDatesToTheMonth() throws Exception {
        long id = library.search(new LibraryQuery("kittiwake", null, null, null, null, null, null, null, null, null, null),
                true).entries().stream().filter(e -> named.equals(e.businessKey())).findFirst().orElseThrow().id();
        Document entry = page("/learning/reviews/" + id, READER);
        Document identified = page("/learning/reviews/" + id, STAFF);

        assertThat(entry.select("#actions + table th").eachText()).containsExactly("Action", "Due", "Status",
                "What changed as a result");
        assertThat(entry.select("#actions + table td").eachText()).hasSize(8).doesNotContain("casemanager")
                .filteredOn(text -> text.matches("\\p{L}+\\.? \\d{4}")).hasSize(2);
        assertThat(entry.select("#actions + table td").text()).doesNotContainPattern("\\d{1,2} \\p{L}+\\.? \\d{4}");
        assertThat(identified.select("#actions + table th").eachText()).containsExactly("Action", "Owner", "Due", "Status",
                "What changed as a result");
        assertThat(identified.select("#actions + table td").eachText()).contains("casemanager")
                .filteredOn(text -> text.matches("\\d{1,2} \\p{L}+\\.? \\d{4}")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"/learning?from=%2B999999999-12-31, from the year 2000 to 2100",
            "/learning?to=%2B999999999-12-31, from the year 2000 to 2100",
            "/learning?from=-999999999-01-01&anonymised=true, from the year 2000 to 2100",
            "/learning?from=1999-12-31, from the year 2000 to 2100",
            "/learning?page=2147483647, not that many pages",
            "/learning?page=100001&q=kittiwake, not that many pages",
            "/learning/actions?page=2147483647, not that many pages",
            "/learning/actions?page=1073741824&all=true, not that many pages"})
    void hugeDatesAndPagesGetAClearAnswer(String url, String problem) throws Exception {
        for (RequestPostProcessor user : List.of(STAFF, READER)) {
            if (url.startsWith("/learning/actions") && user == READER) {
                continue;
            }
            Document page = page(url, user);
            assertThat(page.select(".nhsuk-error-summary").text()).contains(problem);
        }
        assertThat(page("/learning?page=100000", STAFF).select(".nhsuk-error-summary")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "q=kittiwake%20colony,                           other",
            "q=kittiwake&theme=INDUCTION,                  named",
            "q=kittiwake&theme=TEAMWORKING,                other",
            "q=kittiwake&factor=ORGANISATION,              named",
            "q=kittiwake&area=CONDUCT,                     other",
            "q=kittiwake&profession=DENTIST,               other",
            "q=kittiwake&route=LOCAL_RESOLUTION,           named",
            "q=kittiwake&route=INVESTIGATION,              other",
            "q=kittiwake&outcome=NONE,                     named",
            "q=kittiwake&outcome=NO_FURTHER_ACTION,        other",
            "q=KITTIWAKE%20forum,                            named",
            "q=kittiwake&outcome=REFER_PLDP,               ",
            "q=kittiwake%20albatross,                        "})
    void filtersNarrowTheLibrary(String query, String expected) throws Exception {
        List<String> found = page("/learning?" + query, STAFF).select(".lotus-lesson h3").eachText();

        if (expected == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().asString().startsWith("named".equals(expected) ? named : other);
        }
    }

    @Test
    void datesNarrowTheLibraryToo() throws Exception {
        String today = driver.today().toString();
        String yesterday = driver.today().minusDays(1).toString();

        assertThat(page("/learning?q=kittiwake&from=" + today + "&to=" + today, STAFF).select(".lotus-lesson")).hasSize(2);
        assertThat(page("/learning?q=kittiwake&to=" + yesterday, STAFF).select(".lotus-lesson")).isEmpty();
    }

    @Test
    void aSearchThatIsNotUnderstoodShowsEverythingAndSaysSo() throws Exception {
        Document page = page("/learning?factor=FEELINGS&from=last-week", STAFF);
        assertThat(page.select(".nhsuk-error-summary").text()).contains("That search was not understood");
    }

    @Test
    void theLibraryIsForStaffAndTheLearningAudienceOnly() throws Exception {
        mvc.perform(get("/learning").with(as("practitioner", "practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get("/learning")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/learning").with(as("wellbeing", "wellbeing"))).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}", named).with(READER)).andExpect(status().isForbidden());
        mvc.perform(get("/learning/actions").with(READER)).andExpect(status().isForbidden());
        mvc.perform(get("/").with(READER)).andExpect(redirectedUrl("/learning"));
        mvc.perform(get("/learning/reviews/999999999").with(STAFF)).andExpect(status().isNotFound());
    }

    /** The reviews an anonymised or identified search finds, by id, in order. */
    private List<Long> found(String words, RequestPostProcessor user) throws Exception {
        return page("/learning?q=" + words.replace(" ", "%20"), user).select(".lotus-lesson h3 a").eachAttr("href").stream()
                .map(href -> Long.valueOf(href.replaceAll("^/learning/reviews/(\\d+).*$", "$1"))).sorted().toList();
    }

    /** Everything an anonymised reader reads of a review that a search looks in, lower-cased. */
    private static String readText(LibraryEntry entry) {
        List<String> texts = new java.util.ArrayList<>(java.util.Arrays.asList(entry.wentWell(), entry.didNotGoWell(),
                entry.contributoryNotes(), entry.practitionerExperience(), entry.equalityReview(), entry.sharingPlan()));
        entry.actions().forEach(action -> texts.add(action.description()));
        return String.join("\n", texts.stream().filter(java.util.Objects::nonNull).toList()).toLowerCase(java.util.Locale.UK);
    }

    /** The URL as a browser sends it, already encoded. */
    private Document page(String url, RequestPostProcessor user) throws Exception {
        return html(mvc.perform(get(java.net.URI.create(url)).with(user)).andExpect(status().isOk()).andReturn());
    }
}
