package org.lotuspathway.benchmark;

/** What one run on one database measured. Times in seconds, latencies in milliseconds, heap in MB. */
record Figures(
        String database,
        double startUpSeconds,
        StartUpRun.StartUp startUp,
        long heapAfterStartUpMb,
        long peakHeapUnderLoadMb,
        int cases,
        double oursCasesPerSecond,
        double bareCasesPerSecond,
        int openCases,
        double seedingSeconds,
        Latency taskListFind,
        Latency smallTeamTaskListFind,
        Latency engineTaskQuery,
        Latency taskListPage,
        Latency restTaskQuery,
        long dueTimers,
        double drainSeconds,
        double drainWaitForExecutorSeconds,
        double timersPerSecond,
        RegisterRun.RegisterFigures register) {

    /** Its key in results.json: h2, postgresql. */
    String key() {
        return database.startsWith("H2") ? "h2" : "postgresql";
    }

    double oursOverBare() {
        return oursCasesPerSecond / bareCasesPerSecond;
    }
}
