package org.lotuspathway.worklist;

import org.lotuspathway.support.PostgresPathwayTest;

@PostgresPathwayTest
class PostgresTaskListStrategyTests extends TaskListStrategyChecks {
}
