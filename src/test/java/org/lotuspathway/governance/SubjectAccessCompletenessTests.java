package org.lotuspathway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a subject access export holds of a closed case beyond its steps: the review's actions, and holds lifted. */
@PathwayTest
class SubjectAccessCompletenessTests {

    @Autowired
    PathwayDriver driver;
    @Autowired
    LegalHolds holds;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    ExportWorker worker;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theExportHoldsTheImprovementActionsOfTheReviewAndALegalHoldThatWasLifted() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-03-02T10:00"));
        String key = driver.raise(new NewConcern(new PractitionerDetails("Dr Ada Asker", Profession.GP, Register.GMC, "7590001"),
                ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A patient says a referral was missed.",
                TestClock.today().minusDays(1)));
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key, "Referral tracking in the practice induction");
        holds.hold(key, "A tribunal claim was expected", "admin");
        holds.lift(key, "admin");

        requests.forApi("GMC", "7590001", "admin");
        assertThat(worker.produceDue()).isPositive();
        byte[] zip = mvc.perform(get("/api/practitioners/GMC/{number}/export", "7590001").with(SubjectAccessExportTests.ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        JsonNode theCase = json.readTree(ExportZips.entries(zip).get(ExportPackage.JSON)).path("cases").get(0);
        assertThat(theCase.path("improvementActions").findValuesAsText("description"))
                .containsExactly("Referral tracking in the practice induction");
        assertThat(theCase.path("liftedLegalHolds").findValuesAsText("reason")).containsExactly("A tribunal claim was expected");
    }
}
