package org.lotuspathway.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV as spreadsheets read it: quoted where needed, and never a formula. */
class CsvTests {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        String csv = new Csv().row(List.of("Stage", "Median (days)")).row(List.of("Support, and monitoring", "say \"hi\"", "two\nlines", "")).toString();
        assertThat(csv).isEqualTo("Stage,Median (days)\r\n\"Support, and monitoring\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void aFieldThatWouldRunAsAFormulaIsDisarmed() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-1.5")).isEqualTo("-1.5");
        assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void aFieldWithASemicolonIsQuotedSoNoSpreadsheetStartsACellInIt() {
        assertThat(Csv.field("Dr A;=cmd|' /C calc'!A0")).isEqualTo("\"Dr A;=cmd|' /C calc'!A0\"");
    }
}
