package org.lotuspathway.modeler;

import java.util.List;

/** One named rule a deployment must pass; it adds a problem, in plain words, for each thing wrong. */
interface DeploymentCheck {

    void check(ModelSet models, List<Problem> problems);
}
