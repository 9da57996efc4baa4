package org.lotuspathway.meetings;

import static org.lotuspathway.meetings.MeetingPrint.escape;
import static org.lotuspathway.meetings.MeetingPrint.page;
import static org.lotuspathway.meetings.MeetingPrint.render;
import static org.lotuspathway.meetings.MeetingPrint.stamp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentType;
import org.lotuspathway.process.CaseSummaryPart;
import org.springframework.stereotype.Component;

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

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // already printed into the pack; nothing more to do with it
        }
    }
}
