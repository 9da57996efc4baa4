package org.lotuspathway.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF is printed in: DejaVu Sans, regular and bold, from a jar, so a page prints the
 * same on every machine, embedded as PDF/A and PDF/UA require. Each face comes twice: cut down to the
 * characters our pages are written in (Latin, its punctuation and a few symbols), which PDFBox loads
 * and embeds in a fraction of the time the whole face takes; and whole, which a page falls back to,
 * character by character and only when it needs it, for anything else (a Greek or Cyrillic name).
 */
final class PrintFonts {

    private static final String FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * The faces' metrics (ascent, descent and the like), worked out on the first print and kept: each
     * print would otherwise load the whole faces just to ask, fallback or not. Both cuts of a face
     * share its metrics, as the cut keeps the face's own header tables.
     */
    private static final FSDefaultCacheStore METRICS = new FSDefaultCacheStore();

    /** Parsed once and lent to one print at a time: a parsed font is read while its PDF is saved. */
    private static final Queue<Faces> PARSED = new ConcurrentLinkedQueue<>();

    private PrintFonts() {
    }

    /** Adds the fonts to the builder of a PDF printed into {@code document}, for as long as {@code faces} is lent to it. */
    static void use(PdfRendererBuilder builder, PDDocument document, Faces faces) throws IOException {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS)
                .useFont(new PDFontSupplier(PDType0Font.load(document, faces.regular(), true)), FAMILY, 400,
                        FontStyle.NORMAL, true)
                .useFont(new PDFontSupplier(PDType0Font.load(document, faces.bold(), true)), FAMILY, 700,
                        FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(FontFiles.WHOLE_REGULAR), FAMILY, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.FALLBACK_PRE))
                .useFont(() -> new ByteArrayInputStream(FontFiles.WHOLE_BOLD), FAMILY, 700, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    }

    static Faces borrow() {
        Faces faces = PARSED.poll();
        return faces != null ? faces : Faces.parse();
    }

    static void giveBack(Faces faces) {
        PARSED.offer(faces);
    }

    /** The cut-down faces, parsed. */
    record Faces(TrueTypeFont regular, TrueTypeFont bold) {

        private static Faces parse() {
            return new Faces(parse(FontFiles.COMMON_REGULAR), parse(FontFiles.COMMON_BOLD));
        }

        private static TrueTypeFont parse(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The faces as files: whole, and cut down to the common characters; read on the first print. */
    private static final class FontFiles {

        private static final int GSUB = tag("GSUB");
        private static final int HIDDEN = tag("xsub");

        static final byte[] WHOLE_REGULAR = read("DejaVuSans.ttf");
        static final byte[] WHOLE_BOLD = read("DejaVuSans-Bold.ttf");
        static final byte[] COMMON_REGULAR = common(WHOLE_REGULAR);
        static final byte[] COMMON_BOLD = common(WHOLE_BOLD);

        private static byte[] read(String file) {
            try (InputStream font = PrintFonts.class.getResourceAsStream(FONTS + file)) {
                if (font == null) {
                    throw new IllegalStateException("The font " + file + " is missing: is jasperreports-fonts on the classpath?");
                }
                return withoutSubstitutions(font.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The font with its glyph substitution table (GSUB) hidden: PDFBox runs every line of text
         * through it, by regular expressions, which took a fifth of the time of printing a letter. For
         * the text we print it only joins letters into ligatures, which screen readers and copied
         * text are better without; the fonts embedded in a PDF never carry the table anyway.
         */
        private static byte[] withoutSubstitutions(byte[] font) {
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

        private static byte[] common(byte[] whole) {
            try {
                TTFSubsetter subsetter = new TTFSubsetter(new TTFParser().parse(new RandomAccessReadBuffer(whole)));
                subsetter.addAll(commonCharacters());
                ByteArrayOutputStream cut = new ByteArrayOutputStream();
                subsetter.writeToStream(cut);
                return cut.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Basic Latin, Latin-1, Latin Extended-A, general punctuation, the euro, arrows, ticks and crosses. */
        private static Set<Integer> commonCharacters() {
            Set<Integer> characters = new TreeSet<>();
            int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x2010, 0x2027}, {0x2030, 0x203A}, {0x20AC, 0x20AC},
                    {0x2122, 0x2122}, {0x2190, 0x2193}, {0x2713, 0x2718}};
            for (int[] range : ranges) {
                for (int c = range[0]; c <= range[1]; c++) {
                    characters.add(c);
                }
            }
            return characters;
        }

        private static int tag(String name) {
            return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
        }
    }
}
