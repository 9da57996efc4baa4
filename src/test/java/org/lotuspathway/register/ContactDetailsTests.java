package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16, point 2: no phone number, email or preferred way of contact was held anywhere. Now they
 * are on the practitioner's record, changed with history by the practitioner in the portal or by the
 * case team, and shown on every task where someone must get in touch.
 */
@PathwayTest
class ContactDetailsTests {

    static final String OWN = "/portal/record/GMC/7000001/contact";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    PractitionerRecords records;
    @Autowired
    AuditEventRepository audit;

    @Test
    void thePractitionerKeepsTheirOwnContactDetailsWithHistory() throws Exception {
        driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        mvc.perform(get(OWN).with(practitioner())).andExpect(status().isOk());

        mvc.perform(own().param("phone", "07700 900123").param("email", "ann@example.org").param("preferredWay", "TEXT")
                        .param("bestTimes", "Weekdays after 5pm").param("othersToContact", "MDU, 0800 716 376"))
                .andExpect(redirectedUrl("/portal/record/GMC/7000001"));

        Document record = html(mvc.perform(get("/portal/record/GMC/7000001").with(practitioner())).andReturn());
        assertThat(record.select(".lotus-contact-details").text()).contains("07700 900123", "ann@example.org",
                "A text message", "Weekdays after 5pm", "MDU, 0800 716 376");
        assertThat(records.show("GMC", "7000001", "test").history()).filteredOn(c -> c.part() == RecordPart.CONTACT)
                .anySatisfy(change -> {
                    assertThat(change.fieldName()).isEqualTo("Preferred way");
                    assertThat(change.newShown()).isEqualTo("A text message");
                    assertThat(change.changedBy()).isEqualTo("practitioner");
                });
        assertThat(audit.findByActorOrderByIdAsc("practitioner"))
                .filteredOn(line -> line.action() == AuditAction.CHANGED_CONTACT_DETAILS).last().satisfies(line -> {
            assertThat(line.businessKey()).hasValue("GMC 7000001");
            assertThat(line.detail()).hasValueSatisfying(detail -> assertThat(detail).doesNotContain("07700"));
        });
    }

    @Test
    void badDetailsAreRefusedByTheFieldKeptAsTypedAndChangeNothing() throws Exception {
        ContactInput before = currentOf("7000001");

        Document page = html(mvc.perform(own().param("phone", "call me").param("email", "ann@").param("preferredWay", "PIGEON")
                .param("bestTimes", "x".repeat(201))).andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("#phone-error").text()).contains("Enter a phone number using digits");
        assertThat(page.select("#email-error").text()).contains("Enter an email address like name@example.nhs.uk");
        assertThat(page.select("#preferredWay").text()).contains("Choose one of the ways offered");
        assertThat(page.select("#bestTimes-error").text()).contains("200 characters or fewer");
        assertThat(page.select("#phone").val()).as("kept as typed").isEqualTo("call me");

        Document needsEmail = html(mvc.perform(own().param("preferredWay", "EMAIL"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(needsEmail.select("#email-error").text()).contains("Enter the email address to use");
        assertThat(currentOf("7000001")).isEqualTo(before);
    }

    @Test
    void anotherPractitionersDetailsAreNotFoundAndOnlyTheCaseTeamChangesThem() throws Exception {
        driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        ContactInput before = currentOf("7000001");
        RequestPostProcessor other = as("practitioner2", Roles.PRACTITIONER);

        mvc.perform(get(OWN).with(other)).andExpect(status().isNotFound());
        mvc.perform(post(OWN).with(other).with(csrf()).param("phone", "07700 900999")).andExpect(status().isNotFound());
        mvc.perform(post("/practitioners/GMC/7000001/contact").with(panelMember()).with(csrf()).param("phone", "07700 900999"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/practitioners/GMC/7000001/contact").with(practitioner()).with(csrf()).param("phone", "07700 900999"))
                .andExpect(status().isForbidden());
        assertThat(currentOf("7000001")).isEqualTo(before);

        mvc.perform(post("/practitioners/GMC/7000001/contact").with(caseManager()).with(csrf())
                        .param("phone", "07700 900555").param("preferredWay", "PHONE"))
                .andExpect(redirectedUrl("/practitioners/GMC/7000001"));
        assertThat(currentOf("7000001").phone()).isEqualTo("07700 900555");
    }

    @Test
    void everyTaskWhereSomeoneGetsInTouchShowsHowToReachThem() throws Exception {
        String number = RegisterCases.gmcNumber();
        String key = new RegisterCases(driver, intake).raise("Dr Reachable Person", number);
        mvc.perform(post("/practitioners/GMC/" + number + "/contact").with(caseManager()).with(csrf())
                .param("phone", "07700 900777").param("preferredWay", "PHONE").param("bestTimes", "Mornings"));

        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        String checkIn = driver.task(key, ConcernPathway.TASK_CHECK_IN).getId();
        assertContactShown(checkIn, as("wellbeing", Roles.WELLBEING));
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "URGENT_CONCERN", "notes", "Very low."));
        assertContactShown(driver.task(key, ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN).getId(),
                as("ro", Roles.RESPONSIBLE_OFFICER));
        assertThat(html(mvc.perform(get("/tasks/{id}", driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId())
                .with(caseManager())).andReturn()).select("#practitioner-contact")).as("not on triage").isEmpty();
    }

    private void assertContactShown(String taskId, RequestPostProcessor who) throws Exception {
        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(who)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#practitioner-contact").text()).contains("07700 900777", "A phone call", "Mornings");
        assertThat(page.select("#practitioner-contact .lotus-contact-phone a").attr("href")).isEqualTo("tel:07700900777");
    }

    private ContactInput currentOf(String number) {
        return ContactInput.of(records.show("GMC", number, "test").contact().orElse(null));
    }

    private MockHttpServletRequestBuilder own() {
        return post(OWN).with(practitioner()).with(csrf());
    }
}
