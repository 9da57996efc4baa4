package org.lotuspathway.concern;

import org.lotuspathway.support.PathwayTest;

@PathwayTest
class ParallelIntakeTests extends ParallelIntakeChecks {
}
