package org.lotuspathway.register;

import org.lotuspathway.support.PostgresPathwayTest;

@PostgresPathwayTest
class PostgresCheckRemindersTests extends CheckReminderChecks {
}
