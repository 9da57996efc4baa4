package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where a practitioner stands on a performers list, and from when. */
@Embeddable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PerformersListEntry(
        @Enumerated(EnumType.STRING) @Column(name = "performers_list") PerformersList list,
        @Enumerated(EnumType.STRING) @Column(name = "list_status") ListStatus status,
        @Column(name = "list_effective_on") LocalDate effectiveOn) {

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("list", RecordValues.of(list));
        values.put("status", RecordValues.of(status));
        values.put("effectiveOn", RecordValues.of(effectiveOn));
        return values;
    }
}
