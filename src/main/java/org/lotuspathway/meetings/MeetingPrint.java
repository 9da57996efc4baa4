package org.lotuspathway.meetings;

import java.io.IOException;


import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lotuspathway.common.PdfPrint;
import org.lotuspathway.common.PdfPrint.Images;
import org.lotuspathway.common.SafeXml;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.SAXException;

/**
 * How a meeting's papers and minutes are printed: XHTML through openhtmltopdf, with DejaVu Sans
 * embedded and nothing fetched from outside but data: images, and on every page a "confidential"
 * line and its page number.
 */
final class MeetingPrint {

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


    /** The footer on every page, the appended papers' too: the confidential line and "Page n of N". */
    static void stamp(PDDocument pack, String confidential) throws IOException {
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

    static byte[] render(String xhtml) throws IOException {
        try {
            return PdfPrint.print(SafeXml.parse(xhtml), Images.DATA_IMAGES_ONLY, builder -> builder);
        } catch (SAXException e) {
            throw new IllegalStateException("A meeting's print is not well-formed XHTML", e);
        }
    }

    static String page(String title, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(MeetingPrint::allowedInXml).forEach(safe::appendCodePoint);
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

    private MeetingPrint() {
    }
}
