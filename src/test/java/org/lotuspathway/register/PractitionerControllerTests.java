package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditFilter;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A practitioner's record for the case team: reading it, recording each part, and the list of checks missing or overdue. */
@PathwayTest
class PractitionerControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    AuditLog audit;

    String number;
    String key;
    String path;

    @BeforeEach
    void aPractitioner() {
        number = RegisterCases.gmcNumber();
        key = new RegisterCases(driver, intake).raise("Dr Page " + RegisterCases.uniqueWord(), number);
        path = "/practitioners/GMC/" + number;
    }

    @Test
    void aDbsCheckRecordedOnThePageShowsMaskedWithItsNextDueDateAndHistory() throws Exception {
        TestClock.stopAt(TestClock.uk("2026-11-18T11:00"));
        mvc.perform(post(path + "/vetting").with(caseManager()).with(csrf()).param("level", "ENHANCED")
                        .param("workforce", "ADULT").param("certificateNumber", "0012 3456 7890").param("issuedOn", "2024-01-08"))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("DBS check recorded for Dr Page")));

        // a reader of every record who records none of these checks (a panel member reads only their cases' practitioners')
        Document page = html(mvc.perform(get(path).with(as("wellbeing", "wellbeing"))).andExpect(status().isOk()).andReturn());
        page.select(".nhsuk-table-responsive__heading").remove();

        assertThat(page.select("#vetting + dl").text()).contains("Enhanced", "Adult workforce", "********7890",
                "8 January 2024", "Not subscribed", "Next check due 8 January 2027");
        assertThat(page.text()).doesNotContain("001234567890");
        assertThat(page.select(".lotus-checks li").eachText()).contains("Due soon DBS check: due 8 January 2027",
                "Not recorded Revalidation");
        assertThat(page.select("#history + table tbody tr").eachText()).contains(
                "18 Nov 2026, 11:00 Cara Manager Vetting: Level (none) Enhanced",
                "18 Nov 2026, 11:00 Cara Manager Vetting: Certificate number (none) ********7890");
        assertThat(page.select("a:contains(Record a DBS check)")).as("only case managers and the RO record").isEmpty();
        assertThat(page.select("#concerns + table tbody tr").text()).contains(key, "Initial triage", "Open", "Not decided yet");
        assertThat(audit.search(new AuditFilter("GMC " + number, null, null, null, 0)).getContent())
                .extracting(AuditEvent::action).contains(AuditAction.VIEWED_PRACTITIONER, AuditAction.CHANGED_PRACTITIONER);
    }

    @Test
    void aFormWithMistakesComesBackWithAMessageByEachFieldAndChangesNothing() throws Exception {
        Document page = html(mvc.perform(post(path + "/vetting").with(responsibleOfficer()).with(csrf())
                        .param("level", "BASIC").param("issuedOn", "2026-12-25").param("updateService", "true")
                        .param("certificateNumber", "ABC"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select(".nhsuk-error-summary li").eachText()).containsExactlyInAnyOrder(
                "A DBS certificate number has 12 digits, like 001234567890", "The issue date cannot be in the future",
                "The Update Service covers standard and enhanced checks only");
        assertThat(page.select("#field-issuedOn .nhsuk-error-message").text()).contains("cannot be in the future");
        assertThat(page.select("select[name=level] option[selected]").val()).isEqualTo("BASIC");
        assertThat(page.select("input[name=issuedOn]").val()).isEqualTo("2026-12-25");
        Document record = html(mvc.perform(get(path).with(caseManager())).andReturn());
        assertThat(record.select("#vetting + p").text()).isEqualTo("No DBS check recorded yet.");
        assertThat(record.select("#history + p").text()).isEqualTo("Nothing has been recorded yet.");
    }

    @Test
    void theRegistrationAndListFormsAskWhatTheRegisterNeeds() throws Exception {
        Document form = html(mvc.perform(get(path + "/registration").with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(form.select("input[name=revalidationDue], input[name=responsibleOfficer], input[name=licenceToPractise]"))
                .hasSize(4);
        assertThat(form.select("input[name=renewalDue]")).isEmpty();
        // each form says what it records, in its heading and its title (found by the crawl: the template's code showed)
        assertThat(form.select("h1").text()).isEqualTo("Registration check");
        assertThat(form.title()).startsWith("Registration check - Dr ");
        Document list = html(mvc.perform(get(path + "/performers-list").with(caseManager())).andReturn());
        assertThat(list.select("h1").text()).isEqualTo("Performers list status");

        mvc.perform(post(path + "/registration").with(caseManager()).with(csrf()).param("status", "SUSPENDED")
                .param("licenceToPractise", "false").param("revalidationDue", "2028-02-01")).andExpect(redirectedUrl(path));
        mvc.perform(post(path + "/performers-list").with(caseManager()).with(csrf()).param("list", "MEDICAL")
                .param("status", "SUSPENDED").param("effectiveOn", "2026-11-17")).andExpect(redirectedUrl(path));

        Document page = html(mvc.perform(get(path).with(caseManager())).andReturn());
        assertThat(page.select("#registration + dl").text()).contains("Suspended", "Licence to practise No",
                "Revalidation due 1 February 2028", "Last checked 18 November 2026 by Cara Manager");
        assertThat(page.select("#performers-list + dl").text()).contains("Medical performers list", "Suspended",
                "17 November 2026");
        assertThat(page.select("a:contains(Record a registration check)")).hasSize(1);
    }

    @Test
    void onlyCaseManagersAndTheResponsibleOfficerRecordAndEveryFormNeedsItsToken() throws Exception {
        mvc.perform(get(path + "/vetting").with(panelMember())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/vetting").with(as("wellbeing", "wellbeing")).with(csrf()).param("level", "BASIC"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/vetting").with(caseManager()).param("level", "BASIC").param("issuedOn", "2026-01-01"))
                .andExpect(refusedForWantOfCsrf());
        mvc.perform(get("/practitioners/GMC/0000000").with(caseManager())).andExpect(status().isNotFound());
        mvc.perform(get("/practitioners/GMC/" + number + "/grades").with(caseManager())).andExpect(status().isNotFound());
    }

    @Test
    void theResponsibleOfficerSeesWhoseChecksAreMissingOrOverdue() throws Exception {
        // first by name, so on the first page however many others the shared database holds
        String number = RegisterCases.gmcNumber();
        new RegisterCases(driver, intake).raise("Aaa Overdue " + RegisterCases.uniqueWord(), number);
        mvc.perform(post("/practitioners/GMC/" + number + "/vetting").with(caseManager()).with(csrf())
                .param("level", "STANDARD").param("issuedOn", "2023-01-01")).andExpect(status().is3xxRedirection());

        Document page = html(mvc.perform(get("/practitioners/checks").param("openCasesOnly", "true")
                .with(responsibleOfficer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Checks missing or overdue");
        assertThat(page.select("input[name=openCasesOnly][checked]")).hasSize(1);
        assertThat(page.select("tbody tr").text()).contains("Revalidation: Not recorded", "DBS check: Overdue (due 1 Jan 2026)");
        mvc.perform(get("/practitioners/checks").with(panelMember())).andExpect(status().isForbidden());
    }
}
