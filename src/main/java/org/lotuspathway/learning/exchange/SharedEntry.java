package org.lotuspathway.learning.exchange;

import java.util.Arrays;
import java.util.List;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.learning.ActionStatus;
import org.lotuspathway.learning.SeipsFactor;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.triage.Route;

/** An entry from another organisation's library, as readers here see it: read-only, marked with its organisation. */
public record SharedEntry(String id, String organisationCode, String organisationName, String profession,
        List<String> areas, String route, String outcome, String period, List<Theme> themes, List<String> factors,
        String learning, List<Action> actions) {

    /** {@code localCode}: the theme here it was matched or mapped to, or null. */
    public record Theme(String code, String name, String localCode) {
    }

    public record Action(String description, String status, String whatChanged, String whatChangedMonth) {
    }

    static String professionLabel(String code) {
        return Arrays.stream(Profession.values()).filter(p -> p.name().equals(code)).map(Profession::label)
                .findFirst().orElse(code);
    }

    static String areaLabel(String code) {
        return Arrays.stream(ConcernArea.values()).filter(a -> a.name().equals(code)).map(ConcernArea::label)
                .findFirst().orElse(code);
    }

    static String routeLabel(String code) {
        return Arrays.stream(Route.values()).filter(r -> r.name().equals(code)).map(Route::label)
                .findFirst().orElse("Not triaged");
    }

    static String outcomeLabel(String code) {
        return Arrays.stream(PanelDecision.values()).filter(d -> d.name().equals(code)).map(PanelDecision::label)
                .findFirst().orElse("No panel (resolved locally)");
    }

    static String factorLabel(String code) {
        return Arrays.stream(SeipsFactor.values()).filter(f -> f.name().equals(code)).map(SeipsFactor::label)
                .findFirst().orElse(code);
    }

    static String statusLabel(String code) {
        return Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(code)).map(ActionStatus::label)
                .findFirst().orElse(code);
    }
}
