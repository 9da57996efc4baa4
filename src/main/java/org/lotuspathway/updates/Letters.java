package org.lotuspathway.updates;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Writes the letter for an update from {@code templates/updates/letter.html}, and prints a kept
 * letter to PDF. Every value is escaped when the letter is written, so a kept letter is safe to show.
 * The kept letter is exactly what was sent; only the PDF leaves out characters XML 1.0 cannot hold
 * (control characters pasted into the text), which the PDF renderer's parser would refuse.
 */
@Component
class Letters {

    private static final String PAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>%s</title><style>
            @page { size: A4; margin: 25mm 22mm; }
            body { font-family: sans-serif; font-size: 11pt; line-height: 1.45; color: #212b32; }
            h2 { font-size: 15pt; margin: 18pt 0 8pt; }
            h3 { font-size: 12pt; margin: 14pt 0 4pt; }
            p { margin: 0 0 8pt; }
            .letter-meta { color: #4c6272; }
            .letter-date { float: right; }
            .letter-text { white-space: pre-wrap; }
            </style></head><body>%s</body></html>""";

    private final SpringTemplateEngine templates;
    private final People people;
    private final PathwayClock clock;

    Letters(SpringTemplateEngine templates, People people, PathwayClock clock) {
        this.templates = templates;
        this.people = people;
        this.clock = clock;
    }

    String write(PractitionerUpdate update, Concern concern) {
        Context context = new Context(Locale.UK);
        context.setVariable("update", update);
        context.setVariable("concern", concern);
        context.setVariable("sentOn", clock.today());
        context.setVariable("sentBy", people.nameOf(update.recordedBy()));
        context.setVariable("support", UpdateWording.SUPPORT);
        return templates.process("updates/letter", context).strip();
    }

    byte[] pdf(PractitionerUpdate update) {
        String title = "Update " + update.sentAt();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(PAGE.formatted(title, xmlSafe(update.letter())));
        renderer.layout();
        renderer.createPDF(pdf);
        return pdf.toByteArray();
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
