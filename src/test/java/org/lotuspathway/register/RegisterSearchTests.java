package org.lotuspathway.register;

import org.lotuspathway.support.PathwayTest;

@PathwayTest
class RegisterSearchTests extends RegisterSearchChecks {
}
