package org.lotuspathway.meetings;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.meetings} (docs/meetings.md): how many working days' notice a routine case needs to
 * go on an agenda (for the papers), and the quorum.
 */
@ConfigurationProperties("lotus.meetings")
record MeetingSettings(@DefaultValue("5") int noticeWorkingDays, @DefaultValue Quorum quorum) {

    /**
     * A meeting is quorate for a case when the members present include each of the required roles
     * and number at least {@code atLeast}, not counting those in roles that do not count (the
     * secretary takes the minutes). The default: a chair, a clinical adviser and two others.
     */
    record Quorum(@DefaultValue({"CHAIR", "CLINICAL_ADVISER"}) List<MeetingRole> requiredRoles,
            @DefaultValue("4") int atLeast, @DefaultValue("SECRETARY") List<MeetingRole> notCounted) {

        /** What is missing for a quorum among the roles of those present; empty when quorate. */
        java.util.Optional<String> shortfall(List<MeetingRole> present) {
            List<String> missing = requiredRoles.stream().filter(role -> !present.contains(role))
                    .map(role -> "a " + role.inSentence()).toList();
            long counted = present.stream().filter(role -> !notCounted.contains(role)).count();
            if (missing.isEmpty() && counted >= atLeast) {
                return java.util.Optional.empty();
            }
            StringBuilder why = new StringBuilder("The meeting is not quorate for this case: it needs ");
            why.append(requiredRoles.stream().map(role -> "a " + role.inSentence())
                    .reduce((a, b) -> a + ", " + b).orElse("members"));
            why.append(" and ").append(atLeast).append(" members present in all");
            if (!notCounted.isEmpty()) {
                why.append(" (not counting the ").append(notCounted.stream()
                        .map(role -> role.inSentence()).reduce((a, b) -> a + " or " + b)
                        .orElseThrow()).append(")");
            }
            why.append(". Present: ").append(counted);
            if (!missing.isEmpty()) {
                why.append(", without ").append(String.join(" or ", missing));
            }
            return java.util.Optional.of(why.append('.').toString());
        }
    }
}
