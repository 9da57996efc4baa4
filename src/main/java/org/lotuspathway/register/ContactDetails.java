package org.lotuspathway.register;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How to reach the practitioner: phone numbers, email, the way and times they prefer, and who else
 * may be contacted for them (their defence organisation, say). The practitioner keeps these up to
 * date in the portal; the case team may record what they are told. Each change is kept in the
 * record's history.
 */
@Embeddable
public record ContactDetails(
        @Column(name = "contact_phone") String phone,
        @Column(name = "contact_other_phone") String otherPhone,
        @Column(name = "contact_email") String email,
        @Enumerated(EnumType.STRING) @Column(name = "contact_preferred_way") ContactWay preferredWay,
        @Column(name = "contact_best_times") String bestTimes,
        @Column(name = "contact_others") String othersToContact) {

    @JsonIgnore
    public boolean isEmpty() {
        return phone == null && otherPhone == null && email == null && preferredWay == null && bestTimes == null
                && othersToContact == null;
    }

    /** A number as a tel: link dials it: digits and a leading +, nothing else. */
    public static String dialled(String number) {
        return number == null ? null : number.replaceAll("[^0-9+]", "");
    }

    @JsonIgnore
    public String dialledPhone() {
        return dialled(phone);
    }

    @JsonIgnore
    public String dialledOtherPhone() {
        return dialled(otherPhone);
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("phone", phone);
        values.put("otherPhone", otherPhone);
        values.put("email", email);
        values.put("preferredWay", RecordValues.of(preferredWay));
        values.put("bestTimes", bestTimes);
        values.put("othersToContact", othersToContact);
        return values;
    }
}
