package org.lotuspathway.worklist;

import org.lotuspathway.support.PathwayTest;

@PathwayTest
class TaskListStrategyTests extends TaskListStrategyChecks {
}
