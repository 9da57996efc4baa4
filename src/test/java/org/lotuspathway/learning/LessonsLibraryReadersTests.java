package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.learning.LessonsLibraryFixture.NAME;
import static org.lotuspathway.learning.LessonsLibraryFixture.NUMBER;
import static org.lotuspathway.learning.LessonsLibraryFixture.READER;
import static org.lotuspathway.learning.LessonsLibraryFixture.STAFF;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reads the lessons library, and how: staff who work cases read each review with its case;
 * everyone else reads it anonymised, with no name, registration number or case reference, not even
 * inside the free text, and finds by searching only what they can read. The reviews read are
 * {@link LessonsLibraryFixture}'s two.
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonsLibraryReadersTests {

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
        LessonsLibraryFixture reviewed = LessonsLibraryFixture.reviewTwoCases(driver, jdbc);
        named = reviewed.named();
        other = reviewed.other();
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
