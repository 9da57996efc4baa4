package org.lotuspathway.worklist;

import org.lotuspathway.support.PathwayTest;

@PathwayTest
class SameTaskTests extends SameTaskChecks {
}
