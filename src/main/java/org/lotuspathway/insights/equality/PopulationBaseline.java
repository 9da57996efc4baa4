package org.lotuspathway.insights.equality;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.concern.EqualityAnswers;
import org.springframework.stereotype.Component;

/**
 * Each group's share of the practitioner population, and each characteristic's reference group,
 * from {@link EqualitySettings}, checked at start-up: a group or characteristic the app does not
 * know stops the app rather than quietly giving wrong rates.
 */
@Component
class PopulationBaseline {

    private final Map<Characteristic, Map<String, Double>> shares = new EnumMap<>(Characteristic.class);
    private final Map<Characteristic, String> references = new EnumMap<>(Characteristic.class);
    private final int smallestCountShown;

    PopulationBaseline(EqualitySettings settings) {
        this.smallestCountShown = settings.smallestCountShown();
        settings.baseline().forEach((key, groups) -> {
            Characteristic characteristic = known(key, "baseline");
            Map<String, Double> checked = new HashMap<>();
            groups.forEach((group, share) -> {
                String name = knownGroup(characteristic, group, "baseline");
                if (share == null || share < 0 || share > 100) {
                    throw new IllegalStateException("lotus.equality.baseline." + key + "." + group
                            + " must be a percentage from 0 to 100");
                }
                checked.put(name, share);
            });
            shares.put(characteristic, checked);
        });
        settings.reference().forEach((key, group) -> {
            Characteristic characteristic = known(key, "reference");
            references.put(characteristic, knownGroup(characteristic, group, "reference"));
        });
    }

    /** The group's share of practitioners, in percent, if the baseline gives one. */
    Optional<Double> share(Characteristic characteristic, String group) {
        return Optional.ofNullable(shares.getOrDefault(characteristic, Map.of()).get(group));
    }

    Optional<String> reference(Characteristic characteristic) {
        return Optional.ofNullable(references.get(characteristic));
    }

    int smallestCountShown() {
        return smallestCountShown;
    }

    private static Characteristic known(String key, String setting) {
        Characteristic characteristic = Characteristic.byKey(key);
        if (characteristic == null) {
            throw new IllegalStateException("lotus.equality." + setting + "." + key + ": no such characteristic");
        }
        return characteristic;
    }

    /**
     * The group's name as the app has it; settings may spell it in any case, with dashes or
     * underscores (white, from-35-to-44), because Spring drops underscores from map keys.
     */
    private static String knownGroup(Characteristic characteristic, String group, String setting) {
        return characteristic.groups().stream().map(EqualityAnswers.Group::name)
                .filter(name -> !name.equals(Characteristic.PREFER_NOT_TO_SAY))
                .filter(name -> canonical(name).equals(canonical(group))).findFirst()
                .orElseThrow(() -> new IllegalStateException("lotus.equality." + setting + "." + characteristic.key()
                        + ": no group " + group + " (it has " + characteristic.groups().stream()
                                .map(EqualityAnswers.Group::name).toList() + ")"));
    }

    private static String canonical(String name) {
        return name == null ? "" : name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
