package org.lotuspathway.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.lotuspathway.common.PdfPrint.Images;
import org.slf4j.LoggerFactory;

class PrintLogTests {

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>A page</title></head>
            <body style="font-family: 'DejaVu Sans'"><p>Dear Dr Example,</p></body></html>""";

    @Test
    void whatThePrinterSaysGoesToTheApplicationsLogAtItsLevelsAndNotToStandardError() throws Exception {
        Logger printer = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        printer.addAppender(lines);
        Level before = printer.getLevel();
        PrintStream standardError = System.err;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
        try {
            printer.setLevel(Level.INFO);
            byte[] pdf = PdfPrint.print(SafeXml.parse(PAGE), Images.NONE, builder -> builder);
            int atInfo = lines.list.size();
            printer.setLevel(Level.WARN);
            PdfPrint.print(SafeXml.parse(PAGE), Images.NONE, builder -> builder);

            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(lines.list.subList(0, atInfo)).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.getLoggerName()).startsWith("com.openhtmltopdf."));
            assertThat(lines.list.subList(atInfo, lines.list.size())).as("nothing below a warning once set to warn")
                    .allSatisfy(line -> assertThat(line.getLevel().isGreaterOrEqual(Level.WARN)).isTrue());
            assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain("openhtmltopdf");
        } finally {
            System.setErr(standardError);
            printer.setLevel(before);
            printer.detachAppender(lines);
        }
    }
}
