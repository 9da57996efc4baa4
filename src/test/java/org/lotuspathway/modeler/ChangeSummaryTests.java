package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Change summaries a reader can follow, for each kind of file (issue 18). */
class ChangeSummaryTests {

    static ModelFile shipped(String name) {
        try (InputStream in = ChangeSummaryTests.class.getResourceAsStream("/" + name)) {
            return new ModelFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> summary(ModelFile before, String after) {
        return ChangeSummary.between(List.of(before), List.of(new ModelFile(before.name(), after)));
    }

    @Test
    void aDiagramsStepsAndWaysAreNamed() {
        ModelFile pathway = shipped("processes/concern-pathway.bpmn");
        String changed = ReliedOnStepsTests.withoutElement(pathway.content(), "Task_ReferToPldp")
                .replace("name=\"Triage the concern\"", "name=\"Triage the concern with care\"")
                .replace("sourceRef=\"Gateway_JoinToReview\" targetRef=\"Task_ReviewLessons\"",
                        "sourceRef=\"Gateway_JoinToReview\" targetRef=\"Task_CloseCase\"")
                .replace("${route == 'INVESTIGATION'}", "${route == 'INVESTIGATION' || likelihood &gt; 4}");

        assertThat(summary(pathway, changed)).containsExactly(
                "processes/concern-pathway.bpmn: renamed Task_TriageConcern from \"Triage the concern\" to \"Triage the concern with care\"",
                "processes/concern-pathway.bpmn: removed the user task \"Refer to the Performers List Decision Panel\" (Task_ReferToPldp)",
                "processes/concern-pathway.bpmn: changed the condition of the way \"Moderate: investigate\" (Flow_RouteModerate) from"
                        + " ${route == 'INVESTIGATION'} to ${route == 'INVESTIGATION' || likelihood > 4}",
                "processes/concern-pathway.bpmn: rewired the way Flow_ToReview: it went from Gateway_JoinToReview to \"Review the"
                        + " lessons learnt\", and now goes from Gateway_JoinToReview to \"Close the case and send the final update\"",
                "processes/concern-pathway.bpmn: removed the way \"Refer to the PLDP\" (Flow_DecisionReferPldp) from \"What did the"
                        + " panel decide?\" to \"Refer to the Performers List Decision Panel\"",
                "processes/concern-pathway.bpmn: removed the way Flow_PldpToReview from \"Refer to the Performers List Decision"
                        + " Panel\" to Gateway_JoinToReview");
    }

    @Test
    void aStepMovedBetweenLanesIsSaid() {
        String before = HostileModels.process("laned", """
                <bpmn:laneSet id="LaneSet_1">
                  <bpmn:lane id="Lane_Managers" name="Case managers"><bpmn:flowNodeRef>Step_1</bpmn:flowNodeRef></bpmn:lane>
                  <bpmn:lane id="Lane_Officers" name="Responsible Officer"></bpmn:lane>
                </bpmn:laneSet>
                <bpmn:task id="Step_1" name="Look"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>""");
        String after = before.replace("<bpmn:flowNodeRef>Step_1</bpmn:flowNodeRef></bpmn:lane>", "</bpmn:lane>")
                .replace("name=\"Responsible Officer\"></bpmn:lane>", "name=\"Responsible Officer\"><bpmn:flowNodeRef>Step_1</bpmn:flowNodeRef></bpmn:lane>");

        assertThat(summary(new ModelFile("processes/laned.bpmn", before), after)).containsExactly(
                "processes/laned.bpmn: moved \"Look\" (Step_1) from the lane \"Case managers\" to \"Responsible Officer\"");
    }

    @Test
    void aTablesRulesAreComparedCellByCell() {
        ModelFile table = shipped("processes/triage-risk.dmn");
        String changed = table.content().replace("<text>&gt;= 15</text>", "<text>&gt;= 12</text>")
                .replace("<description>15 to 25 is the extreme (red) zone of the 5x5 matrix.</description>",
                        "<description>12 to 25 is now treated as red.</description>")
                .replaceAll("(?s)<rule id=\"Rule_LowScoreRepeatedNoInsight\">.*?</rule>", "");

        assertThat(summary(table, changed)).containsExactly(
                "processes/triage-risk.dmn: changed rule 2 (Rule_ExtremeScore): \"Risk score (likelihood x impact)\" >= 15 to >= 12;"
                        + " annotation \"15 to 25 is the extreme (red) zone of the 5x5 matrix.\" to \"12 to 25 is now treated as red.\"",
                "processes/triage-risk.dmn: moved rule Rule_LowScore from number 9 to 8 (the first rule that matches wins)",
                "processes/triage-risk.dmn: removed rule 8 (Rule_LowScoreRepeatedNoInsight): when \"Risk score (likelihood x impact)\""
                        + " [1..3], \"Previous concerns?\" true, \"Practitioner's insight\" \"NONE\" then \"Risk band\" \"MODERATE\","
                        + " \"Route\" \"INVESTIGATION\"");
    }

    @Test
    void aFormsFieldsAreComparedRuleByRule() {
        ModelFile form = shipped("forms/local-resolution.form");
        String changed = form.content().replace("\"label\": \"What has been agreed\"", "\"label\": \"What you agreed\"")
                .replaceFirst("\"maxLength\": 4000", "\"maxLength\": 2000")
                .replace("\"key\": \"supportOffered\"", "\"key\": \"supportGiven\"");

        assertThat(summary(form, changed)).containsExactly(
                "forms/local-resolution.form: relabelled the field agreedActions from \"What has been agreed\" to \"What you agreed\"",
                "forms/local-resolution.form: changed the checks of \"What you agreed\" (agreedActions): longest answer 4000 to 2000",
                "forms/local-resolution.form: added the field \"Support offered\" (supportGiven)",
                "forms/local-resolution.form: removed the field \"Support offered\" (supportOffered)");
    }
}
