package org.lotuspathway.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.lotuspathway.common.PdfPrint;
import org.lotuspathway.common.PdfPrint.Images;
import org.lotuspathway.common.SafeXml;
import org.lotuspathway.governance.ExportContent.CaseContent;
import org.lotuspathway.governance.ExportContent.Part;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.SAXException;

/**
 * The export as a person reads it: every part of the record and of each case, a table of fields
 * each, dates in words, staff by name, and the letters as they were written. Printed as meetings'
 * papers and letters are (openhtmltopdf, DejaVu Sans embedded, nothing fetched from outside).
 */
@Component
class ExportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 18mm 22mm 18mm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans';
                font-size: 8pt; color: #4c6272; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #212b32; }
            h1 { font-size: 17pt; margin: 0 0 8pt; } h2 { font-size: 14pt; margin: 18pt 0 6pt; page-break-after: avoid;
              border-bottom: 1.5pt solid #005eb8; } h3 { font-size: 11.5pt; margin: 12pt 0 4pt; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; } td, th { vertical-align: top;
              padding: 2pt 4pt; border-bottom: 0.5pt solid #d8dde0; text-align: left; } td.label { width: 30%;
              font-weight: bold; } .text { white-space: pre-wrap; } .none { color: #4c6272; }
            .letter { border-left: 2pt solid #d8dde0; padding-left: 6pt; } .small { font-size: 8.5pt; }
            """;

    private final People people;

    ExportPdf(People people) {
        this.people = people;
    }

    byte[] print(ExportContent content) {
        String name = String.valueOf(content.practitioner().getOrDefault("name", ""));
        StringBuilder body = new StringBuilder();
        body.append("<h1>Your record in Lotus Pathway</h1>");
        body.append(p(name + ", " + content.practitioner().get("register") + " " + content.practitioner().get("registerNumber")));
        body.append(p("Produced on " + TIME.format(content.producedAt().atZone(PathwayClock.UK))
                + ". This is everything Lotus Pathway holds about you: your record, each of your "
                + content.cases().size() + " case(s), and who viewed or changed them. The same is in record.json, for a"
                + " computer to read; the letters sent to you, as printed, and the documents on your cases are files"
                + " beside it in this ZIP."));
        body.append("<h2>About you</h2>").append(fields(content.practitioner()));
        content.record().forEach(part -> body.append(part(part)));
        for (CaseContent one : content.cases()) {
            body.append("<h2>Case ").append(escape(one.businessKey())).append("</h2>");
            one.parts().forEach(part -> body.append(part(part)));
        }
        body.append("<h2>Withheld from this copy</h2>");
        if (content.withheld().isEmpty()) {
            body.append("<p class=\"none\">Nothing.</p>");
        }
        content.withheld().forEach(kept -> body.append(p("A document (" + words(kept.kind()) + ") added to case "
                + kept.businessKey() + " on " + value("at", kept.addedAt()) + ": " + kept.reason())));
        body.append("<h2>").append(escape(content.auditTrail().title())).append("</h2>").append(audit(content.auditTrail()));
        return render("Your record in Lotus Pathway: " + name, body.toString());
    }

    private String part(Part part) {
        StringBuilder html = new StringBuilder("<h3>").append(escape(part.title())).append("</h3>");
        if (part.entries().isEmpty()) {
            return html.append("<p class=\"none\">None.</p>").toString();
        }
        part.entries().forEach(entry -> html.append(fields(entry)));
        return html.toString();
    }

    private String fields(Map<String, Object> entry) {
        StringBuilder rows = new StringBuilder("<table>");
        entry.forEach((field, value) -> {
            rows.append("<tr><td class=\"label\">").append(escape(label(field))).append("</td><td>");
            if (field.equals("letter") && value instanceof String letter) {
                rows.append("<div class=\"letter\">").append(xmlSafe(letter)).append("</div>");
            } else if (field.equals("answers") && value instanceof List<?> answers) {
                rows.append(answers(answers));
            } else {
                rows.append("<span class=\"text\">").append(escape(value(field, value))).append("</span>");
            }
            rows.append("</td></tr>");
        });
        return rows.append("</table>").toString();
    }

    /** A step's answers as kept: each question as it was asked, and the answer as shown. */
    private String answers(List<?> answers) {
        StringBuilder rows = new StringBuilder("<table class=\"small\">");
        for (Object answer : answers) {
            if (answer instanceof Map<?, ?> one) {
                Object question = one.get("question") != null ? one.get("question") : one.get("key");
                Object shown = one.get("shown") != null ? one.get("shown") : one.get("value");
                rows.append("<tr><td class=\"label\">").append(escape(String.valueOf(question))).append("</td><td class=\"text\">")
                        .append(escape(shown == null ? "" : String.valueOf(shown))).append("</td></tr>");
            }
        }
        return rows.append("</table>").toString();
    }

    private String audit(Part trail) {
        if (trail.entries().isEmpty()) {
            return "<p class=\"none\">Nobody.</p>";
        }
        StringBuilder rows = new StringBuilder("<table class=\"small\"><tr><th>When</th><th>Who</th><th>What</th>"
                + "<th>Case or record</th><th>Detail</th></tr>");
        for (Map<String, Object> event : trail.entries()) {
            rows.append("<tr>");
            for (String field : List.of("occurredAt", "actor", "action", "businessKey", "detail")) {
                rows.append("<td>").append(escape(value(field, event.get(field)))).append("</td>");
            }
            rows.append("</tr>");
        }
        return rows.append("</table>").toString();
    }

    private String value(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return TIME.format(at.atZone(PathwayClock.UK));
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> value(field, item)).toList());
        }
        String text = String.valueOf(value);
        if (field.endsWith("By") || field.equals("actor") || field.equals("username")) {
            return people.nameOf(text);
        }
        return text.matches("[A-Z]+(_[A-Z]+)+") ? words(text) : text;
    }

    /** "PANEL_OUTCOME" as "Panel outcome". */
    private static String words(String code) {
        String lower = code.replace('_', ' ').toLowerCase(Locale.UK);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "recordedBy" as "Recorded by". */
    static String label(String field) {
        if (field.equals("sha256")) {
            return "SHA-256 fingerprint";
        }
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String p(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static byte[] render(String title, String body) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
        try {
            return PdfPrint.print(SafeXml.parse(xhtml), Images.NONE, builder -> builder);
        } catch (SAXException e) {
            throw new IllegalStateException("The export's print is not well-formed XHTML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(xmlSafe(text), "UTF-8");
    }

    /** Only the characters XML 1.0 allows (control characters pasted into a text are left out). */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
