package org.lotuspathway.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** Median and 95th percentile of a call's wall time, in milliseconds, after a warm-up. */
record Latency(double p50, double p95, int samples) {

    /**
     * Each call's latency, the calls taking turns, one of each at a time: so that all of them see
     * the same JIT warmth and whatever else the machine is doing meanwhile. Before each call, and
     * not timed, {@code meanwhile} runs: some change the calls must not answer from a cache.
     */
    static List<Latency> ofEach(int warmUp, int samples, Runnable meanwhile, List<Callable<?>> calls)
            throws Exception {
        long[][] nanos = new long[calls.size()][samples];
        for (int round = 0; round < warmUp + samples; round++) {
            for (int call = 0; call < calls.size(); call++) {
                meanwhile.run();
                long start = System.nanoTime();
                calls.get(call).call();
                if (round >= warmUp) {
                    nanos[call][round - warmUp] = System.nanoTime() - start;
                }
            }
        }
        return Arrays.stream(nanos).map(Latency::of).toList();
    }

    private static Latency of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(millis(sorted[percentile(50, sorted.length)]), millis(sorted[percentile(95, sorted.length)]),
                sorted.length);
    }

    private static int percentile(int percent, int samples) {
        return Math.max(0, (int) Math.ceil(percent / 100.0 * samples) - 1);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    @Override
    public String toString() {
        return "%.1f / %.1f".formatted(p50, p95);
    }
}
