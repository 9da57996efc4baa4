package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Raising a concern from the web form. */
@PathwayTest
class ConcernControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConcernRepository concerns;

    @Test
    void theFormAsksForEverythingIntakeNeeds() throws Exception {
        Document page = html(mvc.perform(get("/concerns/new").with(caseManager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Raise a concern");
        for (String field : new String[] {"title", "givenNames", "familyName", "formOfAddress", "profession", "register", "registerNumber", "source",
                "concernAreas", "summary", "receivedOn"}) {
            assertThat(page.select("[name=" + field + "]")).as(field).isNotEmpty();
        }
        assertThat(page.select("form[action=/concerns] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void aValidConcernIsRaisedAndOpensItsCase() throws Exception {
        MvcResult result = mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                        .param("title", "Dr").param("givenNames", "Web").param("familyName", "Form").param("profession", "OPTOMETRIST")
                        .param("register", "GOC").param("registerNumber", "01-23456").param("source", "EMPLOYER")
                        .param("concernAreas", "CONDUCT", "PROBITY").param("summary", "Claims for tests not done.")
                        .param("receivedOn", "2026-11-01"))
                .andExpect(redirectedUrlPattern("/cases/PSC-*")).andReturn();

        String key = result.getResponse().getRedirectedUrl().substring("/cases/".length());
        Concern concern = concerns.findByBusinessKey(key).orElseThrow();
        assertThat(concern.practitioner().registration()).isEqualTo("GOC 01-23456");
        assertThat(concern.areas()).containsExactlyInAnyOrder(ConcernArea.CONDUCT, ConcernArea.PROBITY);
        assertThat(concern.raisedBy()).isEqualTo("casemanager");
    }

    @Test
    void badAnswersAreShownByTheirFieldsAndNothingIsRaised() throws Exception {
        long before = concerns.count();

        Document page = refused("Typo", "12345", "Something happened", "2099-01-01");

        assertThat(page.select("#error-registerNumber").text()).contains("A GMC number has 7 digits");
        assertThat(page.select("#error-receivedOn").text()).contains("cannot be in the future");
        assertThat(page.select("input[name=familyName]").val()).isEqualTo("Typo");
        assertThat(concerns.count()).isEqualTo(before);

        Document empty = html(mvc.perform(post("/concerns").with(caseManager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.select(".nhsuk-error-summary li")).hasSize(8);
    }

    /** Found by the outside attack: a name or summary of nothing anyone could read is not one. */
    @Test
    void aNameOrSummaryOfNothingVisibleIsAskedFor() throws Exception {
        long before = concerns.count();

        Document page = refused("\u034F", "7000123", "\u00A0\u17B4", "2026-11-02");

        assertThat(page.select(".nhsuk-error-summary").text()).contains("Enter family name",
                "Enter summary of the concern");
        assertThat(concerns.count()).isEqualTo(before);
    }

    /** A GP's concern from a patient about clinical care, as the page posts it, refused (400). */
    private Document refused(String familyName, String gmcNumber, String summary, String receivedOn) throws Exception {
        return html(mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                        .param("title", "Dr").param("familyName", familyName).param("profession", "GP").param("register", "GMC")
                        .param("registerNumber", gmcNumber).param("source", "PATIENT").param("concernAreas", "CLINICAL")
                        .param("summary", summary).param("receivedOn", receivedOn))
                .andExpect(status().isBadRequest()).andReturn());
    }

    @Test
    void onlyThoseWhoRaiseConcernsSeeTheForm() throws Exception {
        mvc.perform(get("/concerns/new").with(panelMember())).andExpect(status().isForbidden());
        mvc.perform(post("/concerns").with(panelMember()).with(csrf())).andExpect(status().isForbidden());
        long before = concerns.count();
        mvc.perform(post("/concerns").with(caseManager()).param("familyName", "Forged"))
                .andExpect(refusedForWantOfCsrf());
        assertThat(concerns.count()).isEqualTo(before);
    }
}
