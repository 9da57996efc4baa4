package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.speakup.SpeakUpFixtures.from;
import static org.lotuspathway.speakup.SpeakUpFixtures.newClient;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.common.Readability;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anyone may read the public pages, often worried, sometimes not in their first language: every
 * one of them reads at a reading age of 11 or under, and so does each route's promise.
 */
@PathwayTest
class SpeakUpToneTests {

    static final double MAX_READING_AGE = 11;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/speak-up", "/speak-up/raise", "/speak-up/follow-up"})
    void everyPublicPageReadsPlainly(String path) throws Exception {
        assertPlain(path, html(mvc.perform(get(path).with(from(newClient()))).andReturn()).select("main").text());
    }

    @Test
    void thePagesAfterRaisingAndWithTheCodeReadPlainly() throws Exception {
        SpeakUpFixtures speakUp = new SpeakUpFixtures(mvc);
        var raised = speakUp.publicForm("/speak-up/raise").with(from(newClient())).param("route", "ANONYMOUS")
                .param("about.name", "Dr Ann Example").param("about.profession", "GP").param("about.workplace", "Riverside")
                .param("whatHappened", "A rushed handover left out a test.").param("patientsAtRiskNow", "yes");
        var received = html(mvc.perform(raised).andReturn());
        String code = received.select("#access-code").text();
        assertThat(code).isNotBlank();
        assertPlain("received", received.select("main").text().replace(code, "the code")
                .replace(received.select("#reference").text(), "the number"));

        var followUp = html(mvc.perform(speakUp.publicForm("/speak-up/follow-up").param("code", code)
                .with(from(newClient()))).andReturn());
        assertPlain("follow-up", followUp.select("main").text().replace(received.select("#reference").text(), ""));
    }

    @Test
    void eachRouteAndStatusIsExplainedPlainly() {
        for (SpeakUpRoute route : SpeakUpRoute.values()) {
            assertPlain(route.name(), route.protection());
        }
        for (ReportStatus status : ReportStatus.values()) {
            assertPlain(status.name(), status.label() + ". " + status.meaning());
        }
    }

    private static void assertPlain(String what, String text) {
        assertThat(Readability.readingAge(text)).as(what + ": long sentences " + Readability.longSentences(text)
                + ", long words " + Readability.longWords(text)).isLessThanOrEqualTo(MAX_READING_AGE);
    }
}
