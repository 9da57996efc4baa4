package org.lotuspathway.updates;

import java.time.LocalDate;
import java.util.Locale;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Writes the letter for an update from {@code templates/updates/letter.html}, and prints a kept
 * letter to PDF ({@link LetterPdf}). Every value is escaped when the letter is written, so a kept
 * letter is safe to show. The kept letter is exactly what was sent; only the PDF leaves out
 * characters XML 1.0 cannot hold (control characters pasted into the text), which the PDF
 * renderer's parser would refuse.
 */
@Component
class Letters {

    private final SpringTemplateEngine templates;
    private final People people;
    private final PathwayClock clock;
    private final SupportContent support;
    private final LetterSettings settings;
    private final LetterPdf printer;

    Letters(SpringTemplateEngine templates, People people, PathwayClock clock, SupportContent support,
            LetterSettings settings, LetterPdf printer) {
        this.templates = templates;
        this.people = people;
        this.clock = clock;
        this.support = support;
        this.settings = settings;
        this.printer = printer;
    }

    /** The letter as the practitioner will read it, titled {@code title}; a closing letter says the day the case closed. */
    String write(PractitionerUpdate update, Concern concern, String title) {
        return write(update, concern, title, concern.closedOn().orElse(null));
    }

    private String write(PractitionerUpdate update, Concern concern, String title, LocalDate closedOn) {
        Context context = new Context(Locale.UK);
        context.setVariable("closedOn", closedOn);
        context.setVariable("update", update);
        context.setVariable("title", title);
        context.setVariable("concern", concern);
        context.setVariable("salutation", concern.practitioner().salutation());
        context.setVariable("panelName", settings.panelName());
        context.setVariable("panelAbbreviation", settings.panelAbbreviation());
        context.setVariable("sentOn", clock.today());
        context.setVariable("sentBy", people.nameOf(update.recordedBy()));
        context.setVariable("support", support.letterText(concern.practitioner().profession()));
        return templates.process("updates/letter", context).strip();
    }

    /**
     * The letter exactly as printed when it was sent; a letter still waiting for the printer, or sent
     * before printed letters were kept, is printed now as it would be kept.
     */
    byte[] pdf(PractitionerUpdate update) {
        return update.printed().orElseGet(() -> print(update.title(), update.letter()));
    }

    byte[] print(String title, String keptLetter) {
        return printer.print(title, keptLetter);
    }

    /** A letter not yet sent, written as the practitioner would read it in the portal, and kept nowhere. */
    String draft(PractitionerUpdate draft, Concern concern, String title, LocalDate closedOn) {
        return write(draft, concern, title, closedOn);
    }

    /** A letter not yet sent, written and printed as it would be, and kept nowhere. */
    byte[] preview(PractitionerUpdate draft, Concern concern, String title, LocalDate closedOn) {
        return printer.print(title, write(draft, concern, title, closedOn));
    }

    /** Only the characters XML 1.0 allows: tab, line breaks, and the rest of Unicode but for controls, lone surrogates, U+FFFE and U+FFFF. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(Letters::allowedInXml).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
