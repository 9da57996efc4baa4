package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.learning.LessonsLibraryFixture.READER;
import static org.lotuspathway.learning.LessonsLibraryFixture.STAFF;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Searching the lessons library: each filter and the dates narrow it to the reviews that match, and
 * a search it cannot read, or dates and pages out of all range, get a clear answer. The reviews
 * searched are {@link LessonsLibraryFixture}'s two.
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonsLibrarySearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    String named;
    String other;

    @BeforeAll
    void reviewTwoCases() {
        LessonsLibraryFixture reviewed = LessonsLibraryFixture.reviewTwoCases(driver, jdbc);
        named = reviewed.named();
        other = reviewed.other();
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
            "q=kittiwake%20albatross,                        ",
            // a backslash is what it is: it does not make the "e" after it match any "e"
            "q=kittiwake%20%5Ce,                             "})
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

    /** The URL as a browser sends it, already encoded. */
    private Document page(String url, RequestPostProcessor user) throws Exception {
        return html(mvc.perform(get(java.net.URI.create(url)).with(user)).andExpect(status().isOk()).andReturn());
    }
}
