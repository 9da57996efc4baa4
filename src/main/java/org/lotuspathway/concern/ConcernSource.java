package org.lotuspathway.concern;

/** Who raised the concern. */
public enum ConcernSource {
    PATIENT("Patient or relative complaint"),
    CLINICAL_COLLEAGUE("Clinical colleague"),
    NON_CLINICAL_COLLEAGUE("Non-clinical colleague"),
    EMPLOYER("Employer or practice"),
    REGULATOR("Regulator (GMC, GDC, GOC)"),
    CQC("Care Quality Commission"),
    POLICE("Police"),
    CORONER("Coroner"),
    COMMISSIONER("Commissioner"),
    ANONYMOUS("Anonymous");

    private final String label;

    ConcernSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
