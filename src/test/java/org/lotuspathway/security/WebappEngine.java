package org.lotuspathway.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Camunda's webapps find their engine by name in one static registry for the whole JVM
 * ({@link ProcessEngines}), where the engine created last holds the name "default". When the test
 * run has more than one application context (the postgres profile's, say), Cockpit could look for
 * our users in another context's database. A test of the webapps puts this context's engine under
 * its name for the test's duration, then puts back whichever engine was there.
 */
final class WebappEngine implements AutoCloseable {

    private final ProcessEngine ours;
    private final ProcessEngine before;

    private WebappEngine(ProcessEngine ours) {
        this.ours = ours;
        this.before = ProcessEngines.getProcessEngines().get(ours.getName());
        ProcessEngines.registerProcessEngine(ours);
    }

    static WebappEngine use(ProcessEngine ours) {
        return new WebappEngine(ours);
    }

    @Override
    public void close() {
        if (before != null && before != ours) {
            ProcessEngines.registerProcessEngine(before);
        }
    }
}
