package org.lotuspathway.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lotuspathway.common.SafeXml;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentType;
import org.lotuspathway.process.CaseSummaryPart;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.SAXException;

/**
 * Prints a meeting's papers as one PDF: the agenda, then for each case its summary and its panel
 * papers (PDFs appended as they are, text and images printed in), and on every page a
 * "confidential" line and its page number. Papers that cannot be printed here (Word and
 * OpenDocument files, a PDF that will not open) are listed, so the panel knows to open them from
 * the case. The way of printing is the letters' (updates/LetterPdf): openhtmltopdf, with DejaVu Sans
 * embedded and nothing fetched from outside but data: images.
 */
@Component
class PapersPdf {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 18mm 24mm 18mm; }
            body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.4; color: #212b32; }
            h1 { font-size: 16pt; margin: 0 0 8pt; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 10pt 0 4pt; page-break-after: avoid; }
            .caption { color: #4c6272; margin: 0 0 2pt; }
            table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 3pt 4pt;
              border-bottom: 0.5pt solid #d8dde0; } td.label { width: 32%; font-weight: bold; }
            .text { white-space: pre-wrap; font-size: 9.5pt; } img { max-width: 100%; }
            .urgent { color: #d5281b; font-weight: bold; }
            """;

    /** A case's PDF papers, opened; those that would not open are named instead. */
    private record Opened(List<CaseDocuments.Download> printedIn, List<PDDocument> appended,
            List<String> appendedTitles, List<String> notPrinted) {
    }

    byte[] print(Meeting meeting, List<String> memberLines, List<PaperCase> cases) {
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument pack = Loader.loadPDF(render(agenda(meeting, memberLines, cases)))) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (PaperCase paperCase : cases) {
                if (paperCase.withheld()) {
                    continue;
                }
                Opened papers = open(paperCase.papers());
                open.addAll(papers.appended());
                try (PDDocument summary = Loader.loadPDF(render(caseSection(meeting, paperCase, papers)))) {
                    merger.appendDocument(pack, summary);
                }
                for (PDDocument paper : papers.appended()) {
                    merger.appendDocument(pack, paper);
                }
            }
            stamp(pack, "CONFIDENTIAL: papers for the " + meeting.describe() + ". Do not share or forward.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pack.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the papers of meeting " + meeting.id(), e);
        } finally {
            open.forEach(PapersPdf::closeQuietly);
        }
    }

    private String agenda(Meeting meeting, List<String> memberLines, List<PaperCase> cases) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"caption\">").append(escape(meeting.type().label())).append("</p>");
        body.append("<h1>Papers: ").append(escape(meeting.describe())).append("</h1>");
        body.append("<p>Where: ").append(escape(meeting.place())).append("</p>");
        body.append("<h2>Members</h2><ul>");
        memberLines.forEach(line -> body.append("<li>").append(escape(line)).append("</li>"));
        body.append("</ul><h2>Agenda</h2>");
        if (cases.isEmpty()) {
            body.append("<p>No cases are on the agenda.</p>");
        } else {
            body.append("<ol>");
            cases.forEach(c -> body.append("<li>Case ").append(escape(c.businessKey())).append(": ")
                    .append(escape(c.practitioner())).append(c.urgent() ? " <span class=\"urgent\">(urgent)</span>" : "")
                    .append(c.withheld() ? ". Its papers are withheld from you: you declared an interest in it." : "")
                    .append("</li>"));
            body.append("</ol>");
        }
        return page("Papers: " + meeting.describe(), body.toString());
    }

    private String caseSection(Meeting meeting, PaperCase paperCase, Opened papers) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"caption\">").append(escape(meeting.describe())).append(", item ")
                .append(paperCase.position()).append("</p>");
        body.append("<h1>Case ").append(escape(paperCase.businessKey())).append(": ")
                .append(escape(paperCase.practitioner())).append(paperCase.urgent() ? " <span class=\"urgent\">(urgent)</span>" : "")
                .append("</h1>");
        for (CaseSummaryPart.Summary summary : paperCase.summary()) {
            body.append("<h2>").append(escape(summary.heading())).append("</h2><table>");
            for (CaseSummaryPart.Line line : summary.lines()) {
                body.append("<tr><td class=\"label\">").append(escape(line.label())).append("</td><td class=\"text\">")
                        .append(escape(line.text())).append("</td></tr>");
            }
            body.append("</table>");
        }
        body.append("<h2>Panel papers</h2>");
        if (paperCase.papers().isEmpty()) {
            body.append("<p>No documents on the case are marked as panel papers.</p>");
        }
        if (!papers.appendedTitles().isEmpty()) {
            body.append("<p>After this summary: ").append(escape(String.join("; ", papers.appendedTitles()))).append(".</p>");
        }
        if (!papers.notPrinted().isEmpty()) {
            body.append("<p>Not printed here; open them from the case's page: ")
                    .append(escape(String.join("; ", papers.notPrinted()))).append(".</p>");
        }
        for (CaseDocuments.Download paper : papers.printedIn()) {
            body.append("<h3>").append(escape(paper.document().title())).append("</h3>");
            if (paper.document().type() == DocumentType.TEXT) {
                body.append("<div class=\"text\">").append(escape(new String(paper.bytes(), StandardCharsets.UTF_8)))
                        .append("</div>");
            } else {
                body.append("<img src=\"data:").append(paper.document().type().mediaType()).append(";base64,")
                        .append(Base64.getEncoder().encodeToString(paper.bytes())).append("\" alt=\"")
                        .append(escape(paper.document().title())).append("\"/>");
            }
        }
        return page("Case " + paperCase.businessKey(), body.toString());
    }

    private static Opened open(List<CaseDocuments.Download> papers) {
        List<CaseDocuments.Download> printedIn = new ArrayList<>();
        List<PDDocument> appended = new ArrayList<>();
        List<String> appendedTitles = new ArrayList<>();
        List<String> notPrinted = new ArrayList<>();
        for (CaseDocuments.Download paper : papers) {
            switch (paper.document().type()) {
                case TEXT, PNG, JPEG -> printedIn.add(paper);
                case PDF -> opened(paper.bytes()).ifPresentOrElse(pdf -> {
                    appended.add(pdf);
                    appendedTitles.add(paper.document().title());
                }, () -> notPrinted.add(paper.document().title() + " (a PDF that could not be opened)"));
                default -> notPrinted.add(paper.document().title() + " (" + paper.document().type().label() + ")");
            }
        }
        return new Opened(printedIn, appended, appendedTitles, notPrinted);
    }

    /** An uploaded PDF, if it opens and is not locked. */
    private static Optional<PDDocument> opened(byte[] bytes) {
        try {
            PDDocument pdf = Loader.loadPDF(bytes);
            if (pdf.isEncrypted() || pdf.getNumberOfPages() == 0) {
                pdf.close();
                return Optional.empty();
            }
            return Optional.of(pdf);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The footer on every page, the appended papers' too: the confidential line and "Page n of N". */
    private static void stamp(PDDocument pack, String confidential) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        int pages = pack.getNumberOfPages();
        int number = 0;
        for (PDPage page : pack.getPages()) {
            number++;
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream footer = new PDPageContentStream(pack, page, AppendMode.APPEND, true, true)) {
                footer.setNonStrokingColor(0.83f, 0.16f, 0.11f);
                footer.beginText();
                footer.setFont(font, 8);
                footer.newLineAtOffset(box.getLowerLeftX() + 36, box.getLowerLeftY() + 24);
                footer.showText(ascii(confidential));
                footer.endText();
                String pageNumber = "Page " + number + " of " + pages;
                footer.setNonStrokingColor(0.3f, 0.38f, 0.45f);
                footer.beginText();
                footer.setFont(font, 8);
                footer.newLineAtOffset(box.getUpperRightX() - 36 - font.getStringWidth(pageNumber) / 1000 * 8,
                        box.getLowerLeftY() + 12);
                footer.showText(pageNumber);
                footer.endText();
            }
        }
    }

    private byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .withProducer("Lotus Pathway")
                    .withW3cDocument(SafeXml.parse(xhtml), null)
                    .toStream(pdf)
                    .run();
        } catch (SAXException e) {
            throw new IllegalStateException("The papers are not well-formed XHTML", e);
        }
        return pdf.toByteArray();
    }

    private static String page(String title, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(PapersPdf::allowedInXml).forEach(safe::appendCodePoint);
        return HtmlUtils.htmlEscape(safe.toString(), "UTF-8");
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The footer's standard font has no glyphs beyond Latin-1: anything else becomes "?". */
    private static String ascii(String text) {
        return text.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static InputStream font(String file) {
        InputStream font = PapersPdf.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is missing: is jasperreports-fonts on the classpath?");
        }
        return font;
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // already printed into the pack; nothing more to do with it
        }
    }
}
