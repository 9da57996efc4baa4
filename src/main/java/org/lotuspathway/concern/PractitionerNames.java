package org.lotuspathway.concern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practitioner's name as letters use it: confirmed or corrected by the case manager. */
@Service
public class PractitionerNames {

    private final Concerns concerns;

    PractitionerNames(Concerns concerns) {
        this.concerns = concerns;
    }

    @Transactional(readOnly = true)
    public Practitioner of(String businessKey) {
        return concerns.get(businessKey).practitioner();
    }

    /** Confirms the parts for the practitioner, so every case about them, and every letter from now on, uses them. */
    @Transactional
    public Practitioner confirm(String businessKey, PersonalName name) {
        Practitioner practitioner = concerns.get(businessKey).practitioner();
        practitioner.confirmName(name);
        return practitioner;
    }
}
