package org.lotuspathway.learning;

import java.util.regex.Pattern;

/**
 * What free text may hold about people other than the practitioner, as the {@link Anonymiser} finds
 * it: anyone named after a title, and the identifiers anyone has (email addresses, phone numbers, NHS
 * numbers). Every repeat in these patterns is bounded: java.util.regex goes a level deeper for each,
 * and reviews are long.
 */
final class OthersInText {

    static final String PERSON = "[a person]";
    static final String EMAIL = "[email address]";
    static final String PHONE = "[phone number]";
    static final String NHS_NUMBER = "[NHS number]";

    /** How every pattern of the anonymiser reads text: any case, any script. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A word with a capital, and parts after an apostrophe or hyphen with one ("O'Brien-Patel", not "Lee's"). */
    private static final String CAPITALISED_WORD = "(?-i:\\p{Lu}\\p{L}*(?:['-]\\p{Lu}\\p{L}*){0,3})";
    /** A capitalised word, or a word of a script without capitals. */
    private static final String CAPITALISED = "(?:" + CAPITALISED_WORD + "|\\p{Lo}[\\p{Lo}\\p{M}]*)";
    /** The small words inside many surnames: "van der Berg", "de los Angeles", "bin Salleh". */
    private static final String PARTICLES = "(?:(?-i:van|von|der|den|de|del|della|da|di|du|dos|das|do|la|las|los|le|y"
            + "|bin|binti|ibn|al|ap|ter|ten)\\s+){0,3}";
    /** Initials before the name: "J. ", "J.", "J ". */
    private static final String INITIALS = "(?:(?-i:\\p{Lu})(?:\\.\\s*|\\s+)){0,3}";
    /** Up to six words of a name ("Maria de los Angeles Garcia Lopez"), after any initials. */
    private static final String NAMED = INITIALS + PARTICLES + CAPITALISED + "(?:\\s+" + PARTICLES + CAPITALISED + "){0,5}";
    /** A name in capitals, after a title in capitals ("DR PATEL"). */
    private static final String NAMED_IN_CAPITALS = "(?-i:\\p{Lu}{2,}(?:['-]\\p{Lu}+){0,3}(?:\\s+\\p{Lu}{2,}){0,3})";
    /**
     * After an abbreviated title: a full stop, a space, both ("Dr.Patel", "Dr. Patel", "Dr Patel"),
     * "med." ("Dr. med. Schmidt"), or nothing before a capital (a zero-width space between, dropped).
     */
    private static final String AFTER = "(?:\\.\\s*|\\s+|(?=(?-i:\\p{Lu})))(?:(?-i:med|rer\\.\\s*nat|phil)\\.\\s*)?";
    /** Between the names of a list: "Lee and Kim", "Lee, Kim, and Park", "Lee & Kim". */
    private static final String AND = "\\s*(?:,\\s*(?:and\\s+|&\\s*)?|and\\s+|&\\s*)";
    /** Words after "GP" that say what kind of GP, not who. */
    private static final String NOT_A_GP_NAME = "(?!(?-i:Surgery|Surgeries|Practice|Practices|Partner|Partners|Registrar"
            + "|Trainee|Lead|Appraiser|Federation|Services|Out|Centre|Center|Notes|Records?|Contract)\\b)";

    /**
     * Someone named after a title, whoever they are: "Dr Patel", "Mrs J.Smith", "Mr van der Berg",
     * "Sister Mary Jones", "Pharmacist Greenhalgh", "GP Irwin", "Drs Lee, Kim, and Park". Abbreviated
     * titles count as written ("Dr", "Mrs"), in capitals only before a name in capitals ("DR PATEL",
     * while "DR screening" and "MR was noted" are clinical), and in lower case "dr", "mr" and "mrs"
     * with whatever word follows ("dr okoro"). Titles that are also ordinary words ("doctor", "sister",
     * "consultant") count only before a name with a capital, and never across a full stop.
     */
    static final Pattern TITLED_NAMES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "(?:(?-i:Drs|Messrs)" + AFTER + "|(?:doctors|nurses|sisters)\\s+)" + NAMED + "(?:" + AND + NAMED + "){0,10}"
            + "|(?-i:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Sr|Fr|Capt|Col|Cllr)" + AFTER + NAMED
            + "|(?-i:DR|MR|MRS|MS|MISS|PROF)\\.?\\s+" + NAMED_IN_CAPITALS
            + "|(?-i:dr|mr|mrs)" + AFTER + "(?:" + NAMED + "|(?:\\p{Ll}\\.\\s*){0,3}\\p{L}[\\p{L}'-]{0,60})"
            + "|(?-i:GP)\\s+" + NOT_A_GP_NAME + NAMED
            + "|(?:sir|dame|lady|lord|doctor|professor|reverend|father|captain|colonel|judge|councillor|nurse|sister"
            + "|matron|midwife|pharmacist|receptionist|paramedic|consultant|registrar|surgeon|dentist|optometrist"
            + "|physiotherapist|physio|therapist|locum|hca)\\s+" + NAMED + ")", FLAGS);

    static final Pattern EMAILS = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}", FLAGS);
    /** A UK phone number: 0 or +44, then 9 or 10 digits in groups ("07700 900123", "+44 (0)161 496 0000"). */
    static final Pattern PHONES = Pattern.compile("(?<![\\p{N}])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)\\d{2,4}[\\s-]?\\d{3,4}"
            + "[\\s-]?\\d{3,4}(?![\\p{N}])", FLAGS);
    /** Ten digits, in the usual 3-3-4 groups or not ("943 476 5919"), not starting with 0 (a phone number's). */
    static final Pattern NHS_NUMBERS = Pattern.compile("(?<![\\p{N}])[1-9]\\d{2}[\\s-]?\\d{3}[\\s-]?\\d{4}(?![\\p{N}])",
            FLAGS);

    private OthersInText() {
    }
}
