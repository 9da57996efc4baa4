package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The practitioner's name in parts: given so by the intake form and the API, or as one name that is
 * split and shown for the case manager to confirm before letters use it.
 */
@PathwayTest
class PractitionerNameTests {

    static final String ONE_NAME = """
            {"practitioner": {"name": "Prof Mary Jane Smith-Jones", "profession": "DENTIST", "register": "GDC",
             "registerNumber": "%s"}, "source": "PATIENT", "concernAreas": ["CLINICAL"],
             "summary": "A patient says a referral was not made.", "receivedOn": "2026-11-16"}""";
    static final String IN_PARTS = """
            {"practitioner": {"title": "Mx", "givenNames": "Sam", "familyName": "Taylor", "formOfAddress": "GIVEN_NAME",
             "profession": "OPTOMETRIST", "register": "GOC", "registerNumber": "%s"}, "source": "PATIENT",
             "concernAreas": ["CLINICAL"], "summary": "A patient says a referral was not made.", "receivedOn": "2026-11-16"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApiSplitsOneNameAndAsksTheCaseManagerToConfirmIt() throws Exception {
        String key = raise(ONE_NAME.formatted("610001"));

        mvc.perform(get("/api/concerns/{key}", key).with(httpBasic("casemanager", "demo")))
                .andExpect(jsonPath("$.practitioner.name").value("Prof Mary Jane Smith-Jones"))
                .andExpect(jsonPath("$.practitioner.title").value("Prof"))
                .andExpect(jsonPath("$.practitioner.givenNames").value("Mary Jane"))
                .andExpect(jsonPath("$.practitioner.familyName").value("Smith-Jones"))
                .andExpect(jsonPath("$.practitioner.nameConfirmed").value(false));
        Document casePage = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(casePage.select(".nhsuk-warning-callout").text()).contains("Check the name",
                "Smith-Jones", "Dear Prof Smith-Jones,");
        assertThat(casePage.select("a[href=/cases/" + key + "/practitioner-name]").text())
                .isEqualTo("Check and confirm the name");
    }

    @Test
    void theApiTakesTheNameInPartsAsGiven() throws Exception {
        String key = raise(IN_PARTS.formatted("01-61002"));

        Practitioner practitioner = concerns.findByBusinessKey(key).orElseThrow().practitioner();
        assertThat(practitioner.nameConfirmed()).isTrue();
        assertThat(practitioner.name()).isEqualTo("Mx Sam Taylor");
        assertThat(practitioner.salutation()).isEqualTo("Sam");
        Document casePage = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(casePage.select(".nhsuk-warning-callout")).isEmpty();
        assertThat(casePage.select(".lotus-salutation").text()).isEqualTo("Dear Sam,");
    }

    @Test
    void theIntakeFormTakesTheNameInParts() throws Exception {
        String location = mvc.perform(post("/concerns").with(caseManager()).with(csrf())
                        .param("title", "Dr").param("givenNames", "Ann").param("familyName", "Okafor")
                        .param("formOfAddress", "FULL_NAME").param("profession", "GP").param("register", "GMC")
                        .param("registerNumber", "6100003").param("source", "PATIENT").param("concernAreas", "CLINICAL")
                        .param("summary", "A referral was not made.").param("receivedOn", "2026-11-16"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Practitioner practitioner = concerns.findByBusinessKey(location.substring("/cases/".length())).orElseThrow()
                .practitioner();
        assertThat(practitioner.personalName()).isEqualTo(new PersonalName("Dr", "Ann", "Okafor", FormOfAddress.FULL_NAME));
        assertThat(practitioner.salutation()).isEqualTo("Ann Okafor");
    }

    @Test
    void theCaseManagerConfirmsOrCorrectsTheSplitAndItIsAudited() throws Exception {
        String key = raise(ONE_NAME.formatted("610004"));
        Document form = html(mvc.perform(get("/cases/{key}/practitioner-name", key).with(caseManager()))
                .andExpect(status().isOk()).andReturn());
        assertThat(form.select("input[name=givenNames]").val()).isEqualTo("Mary Jane");
        assertThat(form.select("input[name=familyName]").val()).isEqualTo("Smith-Jones");
        assertThat(form.select("input[name=formOfAddress][checked]").val()).isEqualTo("TITLE_AND_FAMILY_NAME");

        mvc.perform(post("/cases/{key}/practitioner-name", key).with(caseManager()).with(csrf())
                        .param("title", "Prof").param("givenNames", "Mary").param("familyName", "Jane Smith-Jones")
                        .param("formOfAddress", "TITLE_AND_FAMILY_NAME"))
                .andExpect(redirectedUrl("/cases/" + key));

        Practitioner practitioner = concerns.findByBusinessKey(key).orElseThrow().practitioner();
        assertThat(practitioner.nameConfirmed()).isTrue();
        assertThat(practitioner.salutation()).isEqualTo("Prof Jane Smith-Jones");
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(AuditEvent::action)
                .contains(AuditAction.CONFIRMED_NAME);
    }

    @Test
    void aBadCorrectionIsRefusedByItsFieldsAndChangesNothing() throws Exception {
        String key = raise(ONE_NAME.formatted("610005"));

        Document page = html(mvc.perform(post("/cases/{key}/practitioner-name", key).with(caseManager()).with(csrf())
                        .param("title", "<b>Dr</b>").param("familyName", " ").param("formOfAddress", "YOUR_MAJESTY"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#title-error").text()).contains("only have letters");
        assertThat(page.select("#familyName-error").text()).contains("Enter the family name");
        assertThat(page.select("#formOfAddress-error").text()).contains("Choose how letters should address them");
        Practitioner practitioner = concerns.findByBusinessKey(key).orElseThrow().practitioner();
        assertThat(practitioner.nameConfirmed()).isFalse();
        assertThat(practitioner.name()).isEqualTo("Prof Mary Jane Smith-Jones");
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(AuditEvent::action)
                .doesNotContain(AuditAction.CONFIRMED_NAME);
    }

    /** A NUL was kept in a name; U+202E would show "Dr Ann elpmaxE" as "Dr Ann Example" in the register and its CSV. */
    @Test
    void aNameWithControlCharactersIsRefusedByTheApiAndTheNamePage() throws Exception {
        long before = concerns.count();
        mvc.perform(post("/api/concerns").with(httpBasic("casemanager", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(ONE_NAME.formatted("610008").replace("Prof Mary Jane Smith-Jones", "Dr Mary\\u0000 Smith")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['practitioner.name']").value("The name cannot have control characters"));
        mvc.perform(post("/api/concerns").with(httpBasic("casemanager", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(IN_PARTS.formatted("01-61008").replace("\"Sam\"", "\"Sam \\u202Eelpmaxe\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['practitioner.givenNames']").value("The given names cannot have control characters"));
        assertThat(concerns.count()).isEqualTo(before);

        String key = raise(ONE_NAME.formatted("610009"));
        Document page = html(mvc.perform(post("/cases/{key}/practitioner-name", key).with(caseManager()).with(csrf())
                        .param("title", "Dr").param("givenNames", "Mary").param("familyName", "Smith\r\nJones")
                        .param("formOfAddress", "TITLE_AND_FAMILY_NAME"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("#familyName-error").text()).contains("The family name cannot have control characters");
        assertThat(concerns.findByBusinessKey(key).orElseThrow().practitioner().name()).isEqualTo("Prof Mary Jane Smith-Jones");
    }

    @Test
    void onlyTheCaseTeamsManagersChangeANameAndNeverWithoutTheCsrfToken() throws Exception {
        String key = raise(ONE_NAME.formatted("610006"));

        mvc.perform(get("/cases/{key}/practitioner-name", key).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{key}/practitioner-name", key).with(practitioner()).with(csrf())
                .param("familyName", "Mallory").param("formOfAddress", "GIVEN_NAME")).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{key}/practitioner-name", key).with(panelMember()).with(csrf())
                .param("familyName", "Mallory").param("formOfAddress", "GIVEN_NAME")).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{key}/practitioner-name", key).with(caseManager())
                .param("familyName", "Mallory").param("formOfAddress", "GIVEN_NAME")).andExpect(refusedForWantOfCsrf());
        mvc.perform(get("/cases/{key}/practitioner-name", "PSC-2026-99999").with(caseManager()))
                .andExpect(status().isNotFound());

        assertThat(concerns.findByBusinessKey(key).orElseThrow().practitioner().personalName().familyName()).isEqualTo("Smith-Jones");
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).filteredOn(e -> e.action() == AuditAction.REFUSED)
                .extracting(e -> e.actor()).contains("practitioner", "pag");
    }

    @Test
    void aPractitionerKeptBeforeNamesHadPartsIsSplitWhenRead() throws Exception {
        String key = raise(IN_PARTS.formatted("01-61007"));
        Long id = concerns.findByBusinessKey(key).orElseThrow().practitioner().id();
        // as migration 11 leaves a row from before: the name alone
        jdbc.update("update practitioner set name = 'Mrs Grace Hopper', title = null, given_names = null, "
                + "family_name = null, form_of_address = null, name_confirmed = false where id = ?", id);

        Practitioner older = concerns.findByBusinessKey(key).orElseThrow().practitioner();
        assertThat(older.personalName()).isEqualTo(new PersonalName("Mrs", "Grace", "Hopper", null));
        assertThat(older.salutation()).isEqualTo("Mrs Hopper");
        assertThat(older.nameConfirmed()).isFalse();
    }

    private String raise(String json) throws Exception {
        String location = mvc.perform(post("/api/concerns").with(httpBasic("casemanager", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
