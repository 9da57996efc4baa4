package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A letter is printed once, just after it is sent, and kept: the practitioner downloads the very PDF that
 * was sent, whatever has changed since (letterhead, layout, fonts), and the team can show it.
 */
@PathwayTest
class LettersKeptAsSentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    LetterPrinting printing;

    @Test
    void aYearOnThePractitionerDownloadsThePdfPrintedWhenTheLetterWasSent() throws Exception {
        String key = driver.raiseAndSendAnUpdate(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        printing.awaitPrinter();
        PractitionerUpdate sent = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0);
        byte[] printedWhenSent = sent.printed().orElseThrow();
        assertThat(Pdfs.text(printedWhenSent)).contains("Professional Standards Team", "Dear Dr Example");

        driver.timePasses(Duration.ofDays(400));
        byte[] downloaded = mvc.perform(get("/portal/letters/{id}/letter.pdf", sent.id()).with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(downloaded).isEqualTo(printedWhenSent);
    }
}
