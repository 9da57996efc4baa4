package org.lotuspathway.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;

/**
 * Prints an XHTML page to PDF with openhtmltopdf: DejaVu Sans embedded (from a jar, so a page prints
 * the same on every machine), and nothing fetched from outside the page but, where allowed, data:
 * images. Letters, meeting papers and exports all print this way.
 */
public final class PdfPrint {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * Fonts parsed once and lent to one print at a time: parsing both faces took longer than laying
     * out a letter, and a parsed font is read while the PDF is saved, so it is never shared by two
     * prints at once.
     */
    private static final Queue<Faces> PARSED = new ConcurrentLinkedQueue<>();

    private PdfPrint() {
    }

    /** What a page may load from outside itself. */
    public enum Images {
        DATA_IMAGES_ONLY, NONE
    }

    /** {@code options} adds what this kind of print needs (PDF/UA, PDF/A) to the builder. */
    public static byte[] print(Document page, Images images, UnaryOperator<PdfRendererBuilder> options) {
        Faces faces = PARSED.poll();
        Thread thread = Thread.currentThread();
        ClassLoader classLoader = thread.getContextClassLoader();
        // The PDF's XMP metadata asks for a TransformerFactory, whose lookup reads the service files of
        // every jar on the class path on each call (and, in tests, finds Saxon): the platform's class
        // loader has none, so the JDK's own is used at once, as it would be after the search.
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try (PDDocument document = new PDDocument()) {
            if (faces == null) {
                faces = Faces.parse();
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            options.apply(new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .useExternalResourceAccessControl((uri, type) -> allowed(images, uri),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> allowed(images, uri),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useFont(new PDFontSupplier(PDType0Font.load(document, faces.regular, true)), FONT_FAMILY, 400,
                            FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(PDType0Font.load(document, faces.bold, true)), FONT_FAMILY, 700,
                            FontStyle.NORMAL, true)
                    .withProducer("Lotus Pathway")
                    .withW3cDocument(page, null)
                    .toStream(pdf))
                    .run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + page.getDocumentURI(), e);
        } finally {
            thread.setContextClassLoader(classLoader);
            if (faces != null) {
                PARSED.offer(faces);
            }
        }
    }

    private static boolean allowed(Images images, String uri) {
        return images == Images.DATA_IMAGES_ONLY && uri != null && uri.startsWith("data:image/");
    }

    private record Faces(TrueTypeFont regular, TrueTypeFont bold) {

        private static final int GSUB = tag("GSUB");
        private static final int HIDDEN = tag("xsub");

        private static int tag(String name) {
            return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
        }

        static Faces parse() throws IOException {
            return new Faces(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
        }

        private static TrueTypeFont font(String file) throws IOException {
            try (InputStream font = PdfPrint.class.getResourceAsStream(FONTS + file)) {
                if (font == null) {
                    throw new IllegalStateException("The font " + file + " is missing: is jasperreports-fonts on the classpath?");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(withoutSubstitutions(font.readAllBytes())));
            }
        }

        /**
         * The font with its glyph substitution table (GSUB) hidden: PDFBox runs every line of text through
         * it, by regular expressions, which took a fifth of the time of printing a letter. For the Latin
         * text we print it only joins letters into ligatures, which screen readers and copied text are
         * better without; the fonts embedded in a PDF never carry the table anyway.
         */
        static byte[] withoutSubstitutions(byte[] font) {
            ByteBuffer file = ByteBuffer.wrap(font);
            int tables = file.getShort(4) & 0xFFFF;
            for (int table = 0; table < tables; table++) {
                int tag = 12 + 16 * table;
                if (file.getInt(tag) == GSUB) {
                    file.putInt(tag, HIDDEN);
                }
            }
            return font;
        }
    }
}
