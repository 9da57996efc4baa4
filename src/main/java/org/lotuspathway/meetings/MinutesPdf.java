package org.lotuspathway.meetings;

import static org.lotuspathway.meetings.MeetingPrint.escape;
import static org.lotuspathway.meetings.MeetingPrint.page;
import static org.lotuspathway.meetings.MeetingPrint.render;
import static org.lotuspathway.meetings.MeetingPrint.stamp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lotuspathway.panel.PanelDiscussion;

/** Prints a meeting's minutes, or one case's part of them, as {@link MeetingPrint} prints the papers. */
final class MinutesPdf {

    /** What the minutes say about one case on the agenda. */
    record CaseMinute(String businessKey, String practitioner, AgendaStatus status, Optional<String> reason,
            List<String> present, List<String> declarations, Optional<PanelDiscussion> discussion, boolean withheld) {
    }

    /** The minutes: the meeting, who came, who sent apologies, each case, and whether the chair approved them. */
    record Content(Meeting meeting, List<String> attendance, List<String> apologies, List<CaseMinute> cases,
            Optional<String> approval) {
    }

    private MinutesPdf() {
    }

    static byte[] print(Content minutes) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"caption\">").append(escape(minutes.meeting().type().label())).append("</p>");
        body.append("<h1>Minutes: ").append(escape(minutes.meeting().describe())).append("</h1>");
        body.append("<p>Where: ").append(escape(minutes.meeting().place())).append("</p>");
        body.append("<p><strong>").append(escape(minutes.approval()
                .orElse("Draft: not yet approved by the chair."))).append("</strong></p>");
        list(body, "Present", minutes.attendance(), "Nobody is recorded as present.");
        list(body, "Apologies", minutes.apologies(), "None.");
        body.append("<h2>Cases</h2>");
        if (minutes.cases().isEmpty()) {
            body.append("<p>No cases were on the agenda.</p>");
        }
        minutes.cases().forEach(minute -> caseMinute(body, minute));
        try (PDDocument pdf = Loader.loadPDF(render(page("Minutes: " + minutes.meeting().describe(), body.toString())))) {
            stamp(pdf, "CONFIDENTIAL: minutes of the " + minutes.meeting().describe() + ". Do not share or forward.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the minutes of meeting " + minutes.meeting().id(), e);
        }
    }

    private static void caseMinute(StringBuilder body, CaseMinute minute) {
        body.append("<h3>Case ").append(escape(minute.businessKey())).append(": ").append(escape(minute.practitioner()))
                .append("</h3>");
        if (minute.withheld()) {
            body.append("<p>Withheld from you: you declared an interest in this case.</p>");
            return;
        }
        body.append("<table>");
        row(body, "What became of it", minute.status().label() + minute.reason().map(r -> ": " + r).orElse(""));
        minute.declarations().forEach(declared -> row(body, "Declared an interest", declared));
        if (!minute.present().isEmpty()) {
            row(body, "Present for this case", String.join("\n", minute.present()));
        }
        minute.discussion().ifPresent(discussion -> {
            row(body, "Considered", discussion.concernsConsidered());
            row(body, "Decision", discussion.decision().label());
            row(body, "Reasons", discussion.reasons());
            discussion.undertakingsOrConditions().ifPresent(text -> row(body, "Undertakings or conditions", text));
            row(body, "Next steps", discussion.nextSteps());
        });
        body.append("</table>");
    }

    private static void list(StringBuilder body, String heading, List<String> lines, String none) {
        body.append("<h2>").append(escape(heading)).append("</h2>");
        if (lines.isEmpty()) {
            body.append("<p>").append(escape(none)).append("</p>");
            return;
        }
        body.append("<ul>");
        lines.forEach(line -> body.append("<li>").append(escape(line)).append("</li>"));
        body.append("</ul>");
    }

    private static void row(StringBuilder body, String label, String text) {
        body.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td class=\"text\">")
                .append(escape(text)).append("</td></tr>");
    }
}
