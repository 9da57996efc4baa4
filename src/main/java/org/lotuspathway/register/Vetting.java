package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The practitioner's latest DBS check. The certificate number is kept whole, for checking it with
 * the DBS Update Service, but only its last four characters are ever shown or exported.
 */
@Embeddable
public record Vetting(
        @Enumerated(EnumType.STRING) @Column(name = "dbs_level") DbsLevel level,
        @Enumerated(EnumType.STRING) @Column(name = "dbs_workforce") Workforce workforce,
        @Column(name = "dbs_certificate_number") String certificateNumber,
        @Column(name = "dbs_issued_on") LocalDate issuedOn,
        @Column(name = "dbs_update_service") Boolean updateService,
        @Column(name = "dbs_update_service_checked_on") LocalDate updateServiceCheckedOn) {

    /** "********1234": the last four characters, the others hidden. */
    public static String mask(String certificateNumber) {
        if (certificateNumber == null) {
            return null;
        }
        int shown = Math.min(4, certificateNumber.length());
        return "*".repeat(certificateNumber.length() - shown) + certificateNumber.substring(certificateNumber.length() - shown);
    }

    public String maskedCertificateNumber() {
        return mask(certificateNumber);
    }

    public boolean onUpdateService() {
        return Boolean.TRUE.equals(updateService);
    }

    /** As the history keeps it: the certificate number masked, never whole. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("level", RecordValues.of(level));
        values.put("workforce", RecordValues.of(workforce));
        values.put("certificateNumber", maskedCertificateNumber());
        values.put("issuedOn", RecordValues.of(issuedOn));
        values.put("updateService", RecordValues.of(updateService));
        values.put("updateServiceCheckedOn", RecordValues.of(updateServiceCheckedOn));
        return values;
    }
}
