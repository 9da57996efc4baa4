package org.lotuspathway.triage;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.ConcernPathway;
import org.springframework.stereotype.Component;

/** After the decision table: records the risk band on the case and leaves the route for the gateway. */
@Component("recordRiskBand")
class RecordRiskBand implements ExecutionListener {

    private final TriageAssessments triage;

    RecordRiskBand(TriageAssessments triage) {
        this.triage = triage;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<?, ?> outcome = (Map<?, ?>) execution.getVariable(ConcernPathway.VAR_TRIAGE_OUTCOME);
        if (outcome == null) {
            throw new IllegalStateException("The triage decision table matched no rule for "
                    + execution.getProcessBusinessKey());
        }
        RiskBand band = RiskBand.valueOf((String) outcome.get(ConcernPathway.VAR_RISK_BAND));
        Route route = Route.valueOf((String) outcome.get(ConcernPathway.VAR_ROUTE));
        triage.stratify(execution.getProcessBusinessKey(), band, route);
        execution.removeVariable(ConcernPathway.VAR_TRIAGE_OUTCOME);
        execution.setVariable(ConcernPathway.VAR_RISK_BAND, band.name());
        execution.setVariable(ConcernPathway.VAR_ROUTE, route.name());
    }
}
