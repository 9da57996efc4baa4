package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PostgresPathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A case from intake to closure on PostgreSQL, and the case references its sequence hands out. */
@PostgresPathwayTest
class PostgresConcernTests extends ConcernJourneyChecks {

    @Autowired
    BusinessKeys keys;

    @Test
    void caseReferencesComeFromTheSequenceInOrderAndNeverRepeat() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = keys.next();
            assertThat(key).matches("PSC-\\d{4}-\\d{5,}");
            numbers.add(Integer.parseInt(key.substring(9)));
        }
        assertThat(numbers).doesNotHaveDuplicates().isSorted();
    }
}
