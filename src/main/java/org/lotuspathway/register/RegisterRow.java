package org.lotuspathway.register;

import java.time.LocalDate;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;

/** One case as the register lists it. */
public record RegisterRow(String businessKey, String practitionerName, Register register, String registerNumber,
        Profession profession, Stage stage, RiskBand riskBand, LocalDate openedOn, LocalDate closedOn, boolean paused,
        String caseManager) {

    public CaseStatus status() {
        return stage == Stage.CLOSED ? CaseStatus.CLOSED : paused ? CaseStatus.PAUSED : CaseStatus.OPEN;
    }
}
