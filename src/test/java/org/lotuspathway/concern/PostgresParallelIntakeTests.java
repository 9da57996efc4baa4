package org.lotuspathway.concern;

import org.lotuspathway.support.PostgresPathwayTest;

@PostgresPathwayTest
class PostgresParallelIntakeTests extends ParallelIntakeChecks {
}
