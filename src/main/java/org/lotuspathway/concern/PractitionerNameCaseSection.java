package org.lotuspathway.concern;

import java.util.List;

import org.lotuspathway.process.CaseSection;
import org.springframework.stereotype.Component;

/** The case page's line on how letters address the practitioner, and whether the name is confirmed. */
@Component
class PractitionerNameCaseSection implements CaseSection {

    private final Concerns concerns;

    PractitionerNameCaseSection(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "concern/name-section";
    }

    @Override
    public Part read(String businessKey) {
        Practitioner practitioner = concerns.get(businessKey).practitioner();
        return new Part(new NameOnFile(businessKey, practitioner.personalName(), practitioner.nameConfirmed()), List.of());
    }

    public record NameOnFile(String businessKey, PersonalName name, boolean confirmed) {
    }
}
