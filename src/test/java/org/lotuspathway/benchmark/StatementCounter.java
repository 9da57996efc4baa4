package org.lotuspathway.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * Counts the SQL statements prepared through a data source, by the step the calling thread says it
 * is in, and by whose tables they touch: the engine's (ACT_) or ours; and the commits, with the time
 * they took. For the profile, not the app.
 */
final class StatementCounter {

    private static final ThreadLocal<String> STEP = new ThreadLocal<>();
    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    static void step(String step) {
        STEP.set(step);
    }

    DataSource counting(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getReturnType() == Connection.class
                        ? counting((Connection) invoke(dataSource, method, args)) : invoke(dataSource, method, args));
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        count(sql);
                    }
                    if (!method.getName().equals("commit")) {
                        return invoke(connection, method, args);
                    }
                    long start = System.nanoTime();
                    try {
                        return invoke(connection, method, args);
                    } finally {
                        timeCommit(System.nanoTime() - start);
                    }
                });
    }

    private void count(String sql) {
        String step = STEP.get();
        if (step == null) {
            return;
        }
        String kind = sql.toUpperCase().contains("ACT_") ? "engine" : "ours";
        String verb = sql.strip().split("\\s+", 2)[0].toLowerCase();
        counts.computeIfAbsent(step, s -> new ConcurrentHashMap<>()).computeIfAbsent(kind + " " + verb,
                k -> new LongAdder()).increment();
        counts.get(step).computeIfAbsent("sql: " + shorten(sql), k -> new LongAdder()).increment();
    }

    /** Commits and the time they took, under "commits" and "commit µs" (summed, divided per case like the rest). */
    private void timeCommit(long nanos) {
        String step = STEP.get();
        if (step == null) {
            return;
        }
        Map<String, LongAdder> byKind = counts.computeIfAbsent(step, s -> new ConcurrentHashMap<>());
        byKind.computeIfAbsent("commits", k -> new LongAdder()).increment();
        byKind.computeIfAbsent("commit µs", k -> new LongAdder()).add(nanos / 1000);
    }

    private static String shorten(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 110 ? flat.substring(0, 110) : flat;
    }

    Map<String, Map<String, Long>> perStep(int cases) {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        counts.forEach((step, byKind) -> {
            Map<String, Long> perCase = new TreeMap<>();
            byKind.forEach((kind, count) -> perCase.put(kind, Math.round(count.doubleValue() / cases)));
            result.put(step, perCase);
        });
        return result;
    }

    void reset() {
        counts.clear();
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
