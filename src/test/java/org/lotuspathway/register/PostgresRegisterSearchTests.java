package org.lotuspathway.register;

import org.lotuspathway.support.PostgresPathwayTest;

@PostgresPathwayTest
class PostgresRegisterSearchTests extends RegisterSearchChecks {
}
