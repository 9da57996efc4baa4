package org.lotuspathway.speakup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.speakup.SpeakUpFixtures.anonymous;
import static org.lotuspathway.support.Pages.html;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Screening a report someone else holds, or has already screened, is refused in words and changes nothing. */
@PathwayTest
class ScreeningTakenTests {

    private static final Map<String, String> CLOSING = Map.of("decision", "CLOSE", "reason",
            "We passed it to the practice's complaints team.");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    SpeakUpReportRepository reports;

    SpeakUpFixtures speakUp;

    @BeforeEach
    void setUp() {
        speakUp = new SpeakUpFixtures(mvc);
    }

    @Test
    void aReportAnotherCaseManagerIsScreeningStaysWithThem() throws Exception {
        String reference = speakUp.raise(anonymous("Notes were changed after the clinic.", false)).get("reference").asText();
        tasks.claim(driver.task(reference, ScreeningProcess.TASK_SCREEN).getId(), "another-screener");

        MvcResult refused = speakUp.screen(reference, CLOSING);

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(refused).select(".nhsuk-error-summary").text()).contains("another-screener is screening this report");
        assertThat(driver.task(reference, ScreeningProcess.TASK_SCREEN).getAssignee()).isEqualTo("another-screener");
        assertThat(reports.findByReference(reference).orElseThrow().status()).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void aReportAlreadyScreenedIsNotScreenedTwice() throws Exception {
        String reference = speakUp.raise(anonymous("A referral was never sent.", false)).get("reference").asText();
        assertThat(speakUp.screen(reference, CLOSING).getResponse().getStatus()).isEqualTo(302);
        ReportStatus screened = reports.findByReference(reference).orElseThrow().status();

        MvcResult again = speakUp.screen(reference, Map.of("decision", "CLOSE", "reason", "A second reason."));

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/speak-up/reports/" + reference);
        assertThat((String) again.getFlashMap().get("problem")).contains("already been screened");
        assertThat(reports.findByReference(reference).orElseThrow().status()).isEqualTo(screened);
    }
}
