package org.lotuspathway.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * Prints an XHTML page to PDF with openhtmltopdf: DejaVu Sans embedded ({@link PrintFonts}), and
 * nothing fetched from outside the page but, where allowed, data: images. Letters, meeting papers and
 * exports all print this way.
 */
public final class PdfPrint {

    static {
        PrintLog.install();
    }

    private PdfPrint() {
    }

    /** What a page may load from outside itself. */
    public enum Images {
        DATA_IMAGES_ONLY, NONE
    }

    /** {@code options} adds what this kind of print needs (PDF/UA, PDF/A) to the builder. */
    public static byte[] print(Document page, Images images, UnaryOperator<PdfRendererBuilder> options) {
        PrintFonts.Faces faces = PrintFonts.borrow();
        Thread thread = Thread.currentThread();
        ClassLoader classLoader = thread.getContextClassLoader();
        // The PDF's XMP metadata asks for a TransformerFactory, whose lookup reads the service files of
        // every jar on the class path on each call (and, in tests, finds Saxon): the platform's class
        // loader has none, so the JDK's own is used at once, as it would be after the search.
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            PrintFonts.use(builder, document, faces);
            options.apply(builder
                    .useFastMode()
                    .usePDDocument(document)
                    .useExternalResourceAccessControl((uri, type) -> allowed(images, uri),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> allowed(images, uri),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Lotus Pathway")
                    .withW3cDocument(page, null)
                    .toStream(pdf))
                    .run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + page.getDocumentURI(), e);
        } finally {
            thread.setContextClassLoader(classLoader);
            PrintFonts.giveBack(faces);
        }
    }

    private static boolean allowed(Images images, String uri) {
        return images == Images.DATA_IMAGES_ONLY && uri != null && uri.startsWith("data:image/");
    }
}
