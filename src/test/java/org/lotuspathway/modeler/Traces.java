package org.lotuspathway.modeler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the trap classes left behind: "<class> loaded" once the JVM initialised one (its static
 * block ran), "<class> constructed" once anything made one. A check that never loads a class a
 * diagram names leaves nothing here.
 */
final class Traces {

    private static final Set<String> LEFT = ConcurrentHashMap.newKeySet();

    private Traces() {
    }

    static void leave(String trace) {
        LEFT.add(trace);
    }

    static Set<String> of(Class<?> trap) {
        return of(trap.getName());
    }

    /** By name, so that asking never loads the class itself. */
    static Set<String> of(String className) {
        return LEFT.stream().filter(trace -> trace.startsWith(className + " ")).collect(java.util.stream.Collectors.toSet());
    }
}
