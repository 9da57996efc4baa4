package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Asking for a correction where there is nobody to ask, or asking again and again: a plain
 * message, and nothing kept or sent. Each practitioner here is new, with their own sign-in.
 */
@PathwayTest
class CorrectionRequestLimitsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    PractitionerRepository practitioners;
    @Autowired
    CorrectionRequestRepository requests;

    @Test
    void aPractitionerWithNoCaseIsToldThereIsNoCaseManagerToAskAndNothingIsKept() throws Exception {
        String number = RegisterCases.gmcNumber();
        Practitioner practitioner = new Practitioner("Dr Nocase " + RegisterCases.uniqueWord(), Profession.GP, Register.GMC,
                number);
        practitioner.linkToUser("nocase-" + number);
        practitioners.save(practitioner);
        RequestPostProcessor them = as("nocase-" + number, "practitioner");
        long before = requests.count();

        mvc.perform(get("/portal/record").with(them)).andExpect(redirectedUrl("/portal/record/GMC/" + number));
        Document page = html(mvc.perform(post("/portal/record/GMC/{n}/corrections", number).with(them).with(csrf())
                .param("message", "My DBS check is missing.")).andExpect(status().isBadRequest()).andReturn());
        mvc.perform(post("/portal/record/gmc/{n}/corrections", " " + number).with(them).with(csrf())
                .param("message", "Still missing.")).andExpect(status().isBadRequest());

        assertThat(page.select(".nhsuk-error-summary").text()).contains("We have no case about you", "Nothing was sent");
        assertThat(page.select("#correction").text()).isEqualTo("My DBS check is missing.");
        assertThat(requests.count()).isEqualTo(before);
    }

    /** Before the day every test starts on, so other tests' "latest request" is never one of these. */
    @Test
    void threeRequestsADayReachTheCaseManagerAndAFourthIsRefusedUntilTomorrow() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-11-16T09:00"));
        String number = RegisterCases.gmcNumber();
        String key = new RegisterCases(driver, intake).raise("Dr Persistent " + RegisterCases.uniqueWord(), number);
        Practitioner practitioner = practitioners.findByRegisterAndRegisterNumber(Register.GMC, number).orElseThrow();
        practitioner.linkToUser("persistent-" + number);
        practitioners.save(practitioner);
        RequestPostProcessor them = as("persistent-" + number, "practitioner");

        for (int i = 1; i <= RecordCorrections.MAX_A_DAY; i++) {
            // typed with a lower-case register and a space: the answer goes to the record's own address
            mvc.perform(post("/portal/record/gmc/{n}/corrections", number + " ").with(them).with(csrf())
                    .param("message", "Correction " + i)).andExpect(redirectedUrl("/portal/record/GMC/" + number));
        }
        TestClock.stopAt(TestClock.uk("2026-11-16T23:59"));
        Document page = html(mvc.perform(post("/portal/record/GMC/{n}/corrections", number).with(them).with(csrf())
                .param("message", "Correction 4")).andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select(".nhsuk-error-summary").text()).contains("You have asked for 3 corrections today");
        assertThat(correctionTasks(key)).isEqualTo(3);
        assertThat(requests.findByBusinessKeyOrderByRequestedAtDescIdDesc(key)).extracting(CorrectionRequest::message)
                .containsExactly("Correction 3", "Correction 2", "Correction 1");

        TestClock.stopAt(TestClock.uk("2026-11-17T00:00"));
        mvc.perform(post("/portal/record/GMC/{n}/corrections", number).with(them).with(csrf())
                .param("message", "Correction 4")).andExpect(redirectedUrl("/portal/record/GMC/" + number));
        assertThat(correctionTasks(key)).isEqualTo(4);
    }

    private long correctionTasks(String key) {
        return driver.openTasks(key).stream()
                .filter(task -> task.getTaskDefinitionKey().equals(ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST)).count();
    }
}
