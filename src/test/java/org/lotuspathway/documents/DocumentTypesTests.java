package org.lotuspathway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** What a file is, from its bytes alone. */
class DocumentTypesTests {

    @Test
    void eachKindOfDocumentIsKnownByItsContent() {
        assertThat(DocumentTypes.identify(SampleFiles.pdf("Investigation report"))).contains(DocumentType.PDF);
        assertThat(DocumentTypes.identify(SampleFiles.docx())).contains(DocumentType.DOCX);
        assertThat(DocumentTypes.identify(SampleFiles.odt())).contains(DocumentType.ODT);
        assertThat(DocumentTypes.identify(SampleFiles.png())).contains(DocumentType.PNG);
        assertThat(DocumentTypes.identify(SampleFiles.jpeg())).contains(DocumentType.JPEG);
        assertThat(DocumentTypes.identify(SampleFiles.text("Notes of the call, 3 December.\r\n\tItem one\n")))
                .contains(DocumentType.TEXT);
        assertThat(DocumentTypes.identify(SampleFiles.text("\uFEFFNotes with a byte order mark: Zoë"))).contains(DocumentType.TEXT);
    }

    @Test
    void markupArchivesAndBinariesAreNoneOfThem() {
        assertThat(DocumentTypes.identify(SampleFiles.html())).isEmpty();
        assertThat(DocumentTypes.identify(SampleFiles.text("  \n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")))
                .isEmpty();
        assertThat(DocumentTypes.identify(SampleFiles.text("<?xml version=\"1.0\"?><a/>"))).isEmpty();
        assertThat(DocumentTypes.identify(SampleFiles.zip())).isEmpty();
        assertThat(DocumentTypes.identify(SampleFiles.docm())).as("a macro-enabled Word document").isEmpty();
        assertThat(DocumentTypes.identify(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).as("a Windows program").isEmpty();
        assertThat(DocumentTypes.identify("text with a NUL\0 in it".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentTypes.identify(new byte[] {'c', 'a', 'f', (byte) 0xE9})).as("Latin-1, not UTF-8").isEmpty();
        assertThat(DocumentTypes.identify(new byte[0])).isEmpty();
    }

    @Test
    void aPdfMustBeWholeAndAnImageMoreThanItsFirstBytes() {
        byte[] pdf = SampleFiles.pdf("Cut short");
        assertThat(DocumentTypes.identify(Arrays.copyOf(pdf, pdf.length / 2))).isEmpty();
        assertThat(DocumentTypes.identify("%PDF-1.7 and then some HTML <script>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentTypes.identify(Arrays.copyOf(SampleFiles.png(), 8))).isEmpty();
    }

    @Test
    void anOpenDocumentOtherThanTextIsRefused() {
        byte[] spreadsheet = SampleFiles.odt();
        byte[] sheetType = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        byte[] renamed = new byte[spreadsheet.length];
        System.arraycopy(spreadsheet, 0, renamed, 0, spreadsheet.length);
        System.arraycopy(sheetType, 0, renamed, 38, "application/vnd.oasis.opendocument.text".length());
        assertThat(DocumentTypes.identify(renamed)).isEmpty();
    }

    @Test
    void theRefusalSaysWhatTheFileWas() {
        assertThat(DocumentTypes.refusal(SampleFiles.html())).startsWith("This is a web page or other markup");
        assertThat(DocumentTypes.refusal(SampleFiles.zip())).startsWith("This is a zip file, but not a Word document");
        assertThat(DocumentTypes.refusal(new byte[] {'M', 'Z'})).isEqualTo(DocumentTypes.REFUSED);
    }
}
