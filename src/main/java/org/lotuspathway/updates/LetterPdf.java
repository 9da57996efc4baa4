package org.lotuspathway.updates;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.lotuspathway.common.PdfPrint;
import org.lotuspathway.common.PdfPrint.Images;
import org.lotuspathway.common.SafeXml;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Prints a kept letter to PDF on the letterhead: the date in words (in the letter), page numbers,
 * headings kept with the text after them, the letter's title and language, and tagged for screen
 * readers (PDF/UA-1, and PDF/A-3a for keeping). Fonts are embedded, as PDF/UA requires ({@link PdfPrint}).
 * Nothing outside the letter is read while printing: the logo comes as a data: address, and any
 * other address is refused.
 */
@Component
class LetterPdf {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>%s</title>
            <meta name="subject" content="%s"/><meta name="author" content="%s"/><style>
            @page { size: A4; margin: 18mm 20mm 22mm 20mm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans';
                font-size: 9pt; color: #4c6272; } }
            body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.45; color: #212b32; }
            .letterhead { border-bottom: 1.5pt solid #005eb8; padding-bottom: 6pt; margin-bottom: 14pt; }
            .letterhead img { float: right; max-height: 20mm; max-width: 55mm; }
            .organisation { font-weight: bold; font-size: 13pt; margin: 0 0 2pt; }
            .address { margin: 0; color: #4c6272; font-size: 10pt; }
            h1 { font-size: 15pt; margin: 16pt 0 8pt; page-break-after: avoid; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt; page-break-after: avoid; }
            p { margin: 0 0 8pt; orphans: 2; widows: 2; }
            .letter-meta { color: #4c6272; }
            .letter-date { float: right; }
            .letter-text { white-space: pre-wrap; }
            </style></head><body><div class="letterhead">%s<p class="organisation">%s</p><p class="address">%s</p></div>
            %s</body></html>""";

    private final Letterhead letterhead;

    LetterPdf(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    /** The kept letter (escaped XHTML, as written by {@link Letters}) as a PDF titled {@code title}. */
    byte[] print(String title, String keptLetter) {
        return PdfPrint.print(page(title, keptLetter), Images.DATA_IMAGES_ONLY, builder -> builder
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(SRGB));
    }

    private Document page(String title, String keptLetter) {
        String logo = letterhead.logo().map(uri -> "<img src=\"" + uri + "\" alt=\""
                + escape(letterhead.organisationName()) + " logo\"/>").orElse("");
        String address = letterhead.address().stream().map(LetterPdf::escape).collect(Collectors.joining("<br/>"));
        String xhtml = PAGE.formatted(escape(title), escape(title), escape(letterhead.organisationName()), logo,
                escape(letterhead.organisationName()), address, Letters.xmlSafe(keptLetter));
        try {
            Document page = SafeXml.parse(xhtml);
            headingsFromTheTop(page);
            return page;
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The kept letter is not well-formed XHTML", e);
        }
    }

    /**
     * The letter's headings start at h2 (the portal's page has the h1); in the PDF the letter is the
     * whole document, so its title is the h1 and each section an h2, as screen readers expect.
     */
    private static void headingsFromTheTop(Document page) {
        for (int level = 2; level <= 6; level++) {
            NodeList headings = page.getElementsByTagNameNS("*", "h" + level);
            for (int i = headings.getLength() - 1; i >= 0; i--) {
                Element heading = (Element) headings.item(i);
                page.renameNode(heading, heading.getNamespaceURI(), "h" + (level - 1));
            }
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(Letters.xmlSafe(text), "UTF-8");
    }
}
