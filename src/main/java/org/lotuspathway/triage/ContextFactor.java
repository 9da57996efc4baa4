package org.lotuspathway.triage;

/** Context and system factors around a concern (Appendix 2). */
public enum ContextFactor {
    WORKLOAD, ISOLATION, INDUCTION, TEAM, SYSTEMS, HEALTH_OR_PERSONAL, OTHER
}
