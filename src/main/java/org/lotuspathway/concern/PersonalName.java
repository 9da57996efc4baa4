package org.lotuspathway.concern;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A practitioner's name in its parts, and how they like to be addressed. {@link #split} reads one
 * written name ("Dr Ann Example"): a leading title it knows, the last word as the family name, the
 * words between as given names. A split is a guess for the case manager to confirm.
 */
public record PersonalName(String title, String givenNames, String familyName, FormOfAddress formOfAddress) {

    /** The titles {@link #split} recognises at the start of a name, as written in letters. */
    public static final List<String> TITLES = List.of("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof");

    /**
     * A name has no control characters (a NUL, a line break) nor the marks that turn text right to
     * left, which would show one name as another in the register, its CSV and the letters.
     */
    public static final String NO_CONTROLS = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*";

    public PersonalName {
        title = blankToNull(title);
        title = title == null ? null : knownTitle(title).orElse(title);
        givenNames = blankToNull(givenNames);
        familyName = familyName == null ? "" : familyName.strip().replaceAll("\\s+", " ");
        formOfAddress = formOfAddress == null ? FormOfAddress.TITLE_AND_FAMILY_NAME : formOfAddress;
    }

    public static PersonalName split(String written, FormOfAddress formOfAddress) {
        List<String> words = Arrays.stream(written == null ? new String[0] : written.strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toList());
        String title = null;
        if (words.size() > 1) {
            title = knownTitle(words.get(0)).orElse(null);
            if (title != null) {
                words.remove(0);
            }
        }
        if (words.isEmpty()) {
            return new PersonalName(title, null, "", formOfAddress);
        }
        String family = words.remove(words.size() - 1);
        return new PersonalName(title, String.join(" ", words), family, formOfAddress);
    }

    /** "Dr", "dr." or "Professor" as the title they are written as in letters. */
    static Optional<String> knownTitle(String word) {
        String bare = word.replaceAll("\\.$", "");
        if (bare.equalsIgnoreCase("Professor")) {
            return Optional.of("Prof");
        }
        return TITLES.stream().filter(t -> t.equalsIgnoreCase(bare)).findFirst();
    }

    /** "Dr Ann Example": every part there is, in order. */
    public String fullName() {
        return Stream.of(title, givenNames, familyName).filter(p -> p != null && !p.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /**
     * What follows "Dear": their preferred form, falling back to the name without a title when the
     * preferred form needs a part they did not give (never "Dear Example" or "Dear Dr").
     */
    public String salutation() {
        String withoutTitle = Stream.of(givenNames, familyName).filter(p -> p != null && !p.isEmpty())
                .collect(Collectors.joining(" "));
        return switch (formOfAddress) {
            case TITLE_AND_FAMILY_NAME -> title != null && !familyName.isEmpty() ? title + " " + familyName : withoutTitle;
            case GIVEN_NAME -> givenNames != null ? givenNames.split(" ")[0] : withoutTitle;
            case FULL_NAME -> withoutTitle;
        };
    }

    /** The ways a letter could name them in the third person, longest first: "Dr Ann Example", "Dr Example", "Ann"... */
    public List<String> waysOfNaming() {
        return Stream.of(fullName(), title == null ? null : title + " " + familyName,
                        givenNames == null ? null : givenNames + " " + familyName, familyName,
                        givenNames == null ? null : givenNames.split(" ")[0])
                .filter(n -> n != null && n.strip().length() > 1).distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }
}
