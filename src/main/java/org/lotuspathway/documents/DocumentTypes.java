package org.lotuspathway.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what a file is from its bytes alone: their signatures and structure, never the file's
 * name or what the browser says. Anything that is not plainly one of the {@link DocumentType}s is
 * refused, among them web pages, scripts, archives and programs. No document parser sees the file:
 * a Word document's zip is read only as far as its list of content types, at most
 * {@value #MOST_MANIFEST_BYTES} bytes of it.
 */
final class DocumentTypes {

    static final String REFUSED = "This kind of file cannot be added. Add a PDF, a Word document (.docx), "
            + "OpenDocument text (.odt), plain text, or a PNG or JPEG image.";

    private static final byte[] PDF_START = ascii("%PDF-");
    private static final byte[] PDF_END = ascii("%%EOF");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_HEADER_CHUNK = ascii("IHDR");
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] ODF_MIMETYPE_NAME = ascii("mimetype");
    private static final byte[] ODT_MIMETYPE = ascii("application/vnd.oasis.opendocument.text");
    private static final String DOCX_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int MOST_MANIFEST_BYTES = 64 * 1024;
    private static final int MOST_ZIP_ENTRIES = 10_000;

    private DocumentTypes() {
    }

    /** The file's type, or empty when it is none of the types a case may hold. */
    static Optional<DocumentType> identify(byte[] bytes) {
        if (isPdf(bytes)) {
            return Optional.of(DocumentType.PDF);
        }
        if (isPng(bytes)) {
            return Optional.of(DocumentType.PNG);
        }
        if (isJpeg(bytes)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(bytes, 0, ZIP_LOCAL_HEADER)) {
            if (isOdt(bytes)) {
                return Optional.of(DocumentType.ODT);
            }
            return isDocx(bytes) ? Optional.of(DocumentType.DOCX) : Optional.empty();
        }
        return isPlainText(bytes) ? Optional.of(DocumentType.TEXT) : Optional.empty();
    }

    /** Why a file that is none of the types is refused, in words its uploader can act on. */
    static String refusal(byte[] bytes) {
        if (startsWith(bytes, 0, ZIP_LOCAL_HEADER)) {
            return "This is a zip file, but not a Word document (.docx) or OpenDocument text (.odt). " + REFUSED;
        }
        if (looksLikeMarkup(bytes)) {
            return "This is a web page or other markup (HTML, XML or SVG), whatever its name says. " + REFUSED;
        }
        return REFUSED;
    }

    /** A PDF starts with its header and ends with its end-of-file marker (give or take trailing line ends). */
    private static boolean isPdf(byte[] bytes) {
        if (!startsWith(bytes, 0, PDF_START)) {
            return false;
        }
        int from = Math.max(0, bytes.length - 1024);
        return indexOf(bytes, PDF_END, from) >= 0;
    }

    private static boolean isPng(byte[] bytes) {
        return startsWith(bytes, 0, PNG_SIGNATURE) && startsWith(bytes, 12, PNG_HEADER_CHUNK);
    }

    /** A JPEG's start-of-image marker, then the marker of its first segment. */
    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF && (bytes[3] & 0xFF) >= 0xC0 && (bytes[3] & 0xFF) != 0xFF;
    }

    /**
     * OpenDocument (ODF 1.2, part 3, 3.3): the zip's first entry is named "mimetype", stored
     * uncompressed with no extra field, and holds the media type, so it sits at a fixed place.
     */
    private static boolean isOdt(byte[] bytes) {
        if (bytes.length < 38 + ODT_MIMETYPE.length) {
            return false;
        }
        int method = littleEndian16(bytes, 8);
        long storedSize = littleEndian32(bytes, 18);
        int nameLength = littleEndian16(bytes, 26);
        int extraLength = littleEndian16(bytes, 28);
        return method == 0 && nameLength == ODF_MIMETYPE_NAME.length && extraLength == 0
                && startsWith(bytes, 30, ODF_MIMETYPE_NAME) && storedSize == ODT_MIMETYPE.length
                && startsWith(bytes, 38, ODT_MIMETYPE);
    }

    /**
     * A Word document (Office Open XML): a zip whose [Content_Types].xml names a main document part
     * of a Word document (not a macro-enabled one, nor a spreadsheet or a presentation).
     */
    private static boolean isDocx(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            boolean manifestFits = false;
            boolean hasMainPart = false;
            ZipEntry entry;
            for (int entries = 0; (entry = zip.getNextEntry()) != null && entries < MOST_ZIP_ENTRIES; entries++) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    String manifest = new String(zip.readNBytes(MOST_MANIFEST_BYTES), StandardCharsets.UTF_8);
                    manifestFits = manifest.contains("ContentType=\"" + DOCX_MAIN_PART + "\"");
                } else if (entry.getName().equals("word/document.xml")) {
                    hasMainPart = true;
                }
                if (manifestFits && hasMainPart) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    /**
     * Plain text: UTF-8 throughout, with no NUL or other control characters but tab, line ends and
     * form feed, not beginning as markup does ("&lt;"), so a web page or an SVG image renamed .txt
     * is not plain text, nor as a PDF does, so a PDF viewer never takes a broken one for a PDF.
     */
    private static boolean isPlainText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                return false;
            }
        }
        String start = text.replaceFirst("^\uFEFF", "").stripLeading();
        return !start.isEmpty() && !start.startsWith("<") && !start.startsWith("%PDF-");
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", "").stripLeading();
        return start.startsWith("<");
    }

    private static int littleEndian16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long littleEndian32(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16
                | (bytes[at + 3] & 0xFFL) << 24;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = from; i <= bytes.length - sought.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
