package org.lotuspathway.insights.equality;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.equality.*}: the smallest count shown (smaller ones are suppressed), each
 * characteristic's reference group, and each group's share, in percent, of the practitioner
 * population the rates are measured against (by characteristic key, then group).
 */
@ConfigurationProperties("lotus.equality")
public record EqualitySettings(@DefaultValue("5") int smallestCountShown, Map<String, String> reference,
        Map<String, Map<String, Double>> baseline) {

    public EqualitySettings {
        reference = reference == null ? Map.of() : Map.copyOf(reference);
        baseline = baseline == null ? Map.of() : Map.copyOf(baseline);
        if (smallestCountShown < 1) {
            throw new IllegalArgumentException("lotus.equality.smallest-count-shown must be 1 or more");
        }
    }
}
