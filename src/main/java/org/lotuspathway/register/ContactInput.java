package org.lotuspathway.register;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.lotuspathway.common.HiddenCharacters;

/**
 * Contact details as a form or the API sends them: text, checked here field by field. Every field
 * may be left empty (a practitioner may not want to give an email), but the preferred way needs the
 * number or address it uses.
 */
public record ContactInput(String phone, String otherPhone, String email, String preferredWay, String bestTimes,
        String othersToContact) {

    static final int LONGEST_TEXT = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,25}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    static ContactInput of(ContactDetails details) {
        return details == null ? new ContactInput(null, null, null, null, null, null)
                : new ContactInput(details.phone(), details.otherPhone(), details.email(),
                        RecordValues.of(details.preferredWay()), details.bestTimes(), details.othersToContact());
    }

    /** One message per field that is wrong; none when the details can be kept. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        phone("phone", phone, problems);
        phone("otherPhone", otherPhone, problems);
        String mail = clean(email);
        if (mail != null && (mail.length() > LONGEST_TEXT || !EMAIL.matcher(mail).matches())) {
            problems.put("email", "Enter an email address like name@example.nhs.uk");
        }
        ContactWay way = way();
        if (clean(preferredWay) != null && way == null) {
            problems.put("preferredWay", "Choose one of the ways offered");
        } else if ((way == ContactWay.PHONE || way == ContactWay.TEXT) && clean(phone) == null) {
            problems.putIfAbsent("phone", "Enter the phone number to use for " + way.label().toLowerCase());
        } else if (way == ContactWay.EMAIL && mail == null) {
            problems.putIfAbsent("email", "Enter the email address to use");
        }
        text("bestTimes", bestTimes, "The best times", problems);
        text("othersToContact", othersToContact, "Who else we may contact", problems);
        return problems;
    }

    /** Call only when there are no {@link #problems()}. */
    ContactDetails toDetails() {
        return new ContactDetails(clean(phone), clean(otherPhone), clean(email), way(), clean(bestTimes),
                clean(othersToContact));
    }

    private ContactWay way() {
        String value = clean(preferredWay);
        for (ContactWay way : ContactWay.values()) {
            if (way.name().equals(value)) {
                return way;
            }
        }
        return null;
    }

    private static void phone(String field, String value, Map<String, String> problems) {
        String number = clean(value);
        if (number != null && (!PHONE.matcher(number).matches() || ContactDetails.dialled(number).length() < 7)) {
            problems.put(field, "Enter a phone number using digits, like 07700 900123 or +44 20 7946 0000");
        }
    }

    private static void text(String field, String value, String what, Map<String, String> problems) {
        String text = clean(value);
        if (text != null && text.length() > LONGEST_TEXT) {
            problems.put(field, what + " must be " + LONGEST_TEXT + " characters or fewer");
        } else if (text != null && (text.chars().anyMatch(Character::isISOControl) || HiddenCharacters.in(text))) {
            problems.put(field, what + " must be plain text on one line");
        }
    }

    /** Trimmed, spaces in a row made one; empty is nothing. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replaceAll("[ \\t]+", " ");
        return text.isEmpty() ? null : text;
    }
}
