package org.lotuspathway.concern;

import org.lotuspathway.support.PathwayTest;

@PathwayTest
class ConcernJourneyTests extends ConcernJourneyChecks {
}
