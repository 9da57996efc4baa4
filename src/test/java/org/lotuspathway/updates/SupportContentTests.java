package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lotuspathway.concern.Profession;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** Support a practitioner can use: each organisation with its phone number and web address, right for their profession. */
class SupportContentTests {

    static final SupportContent SHIPPED = new SupportContent(new ClassPathResource("letters/support.yaml"));

    @ParameterizedTest
    @EnumSource(Profession.class)
    void everyOrganisationOffersAPhoneNumberAndAWebAddressOrComesThroughTheNamedContact(Profession profession) {
        assertThat(SHIPPED.forProfession(profession)).hasSizeGreaterThanOrEqualTo(3).allSatisfy(o -> {
            if (o.throughNamedContact()) {
                assertThat(o.what()).contains("named contact");
            } else {
                assertThat(o.phone()).matches("[0-9][0-9 ]+[0-9]");
                assertThat(o.web()).startsWith("https://");
            }
        });
        assertThat(SHIPPED.letterText(profession)).contains("Samaritans: ", "Call 116 123 or go to www.samaritans.org.");
    }

    @Test
    void eachProfessionGetsItsOwnServices() {
        assertThat(SHIPPED.forProfession(Profession.GP)).extracting(SupportOrganisation::name)
                .contains("NHS Practitioner Health", "BMA wellbeing support", "The MDU").doesNotContain("The DDU", "Dental Protection");
        assertThat(SHIPPED.forProfession(Profession.DENTIST)).extracting(SupportOrganisation::name)
                .contains("NHS Practitioner Health", "The DDU", "Dental Protection").doesNotContain("BMA wellbeing support");
        assertThat(SHIPPED.forProfession(Profession.OPTOMETRIST)).extracting(SupportOrganisation::name)
                .contains("AOP Peer Support Line").doesNotContain("NHS Practitioner Health", "BMA wellbeing support");
        assertThat(SHIPPED.letterText(Profession.DENTIST))
                .contains("- The DDU: advice on what happens next and on your rights, if you are a member. Call 0800 374 626 or go to www.theddu.com.");
    }

    @Test
    void anOrganisationWithoutAPhoneNumberStopsTheAppFromStarting() {
        assertThatThrownBy(() -> new SupportContent(yaml("""
                intro: You are not alone.
                organisations:
                  - name: Nowhere Helpline
                    what: help
                    web: https://www.example.org
                    for: [GP]
                """))).hasMessageContaining("organisation \"Nowhere Helpline\" needs phone");
    }

    @Test
    void onlyHttpsWebAddressesAndKnownProfessionsAreAccepted() {
        assertThatThrownBy(() -> new SupportContent(yaml("""
                intro: You are not alone.
                organisations:
                  - {name: Click Here, what: help, phone: "0300 000 000", web: "javascript:alert(1)", for: [GP]}
                """))).hasMessageContaining("must start https://");
        assertThatThrownBy(() -> new SupportContent(yaml("""
                intro: You are not alone.
                organisations:
                  - {name: Vets, what: help, phone: "0300 000 000", web: "https://www.example.org", for: [VET]}
                """))).hasMessageContaining("\"VET\" is not a profession");
    }

    @Test
    void theFileCannotMakeTheAppBuildAnObject() {
        assertThatThrownBy(() -> new SupportContent(yaml("""
                !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                """))).hasMessageContaining("a test's support file] is not a support file")
                .hasMessageContaining("Global tag is not allowed");
    }

    @Test
    void everyProfessionNeedsSomewhereToCall() {
        assertThatThrownBy(() -> new SupportContent(yaml("""
                intro: You are not alone.
                organisations:
                  - {name: Samaritans, what: someone to listen, phone: "116 123", web: "https://www.samaritans.org", for: [GP]}
                """))).hasMessageContaining("for HOSPITAL_DOCTOR");
    }

    private static ByteArrayResource yaml(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "a test's support file");
    }
}
