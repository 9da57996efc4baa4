package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Many concerns raised at the same moment, several of them about the same practitioner who is not
 * yet known: each gets its own case reference and pathway, and the practitioner is recorded once.
 * Run on H2 ({@link ParallelIntakeTests}) and PostgreSQL ({@link PostgresParallelIntakeTests}).
 */
abstract class ParallelIntakeChecks {

    static final int PRACTITIONERS = 10;
    static final int CONCERNS_EACH = 10;

    @Autowired
    ConcernIntake intake;
    @Autowired
    RuntimeService runtime;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aHundredConcernsRaisedAtOnceGetAHundredCasesAndEachNewPractitionerOneRecord() throws Exception {
        String run = "parallel-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String numberPrefix = String.valueOf(ThreadLocalRandom.current().nextInt(800_000, 1_000_000));
        List<NewConcern> requests = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int p = 0; p < PRACTITIONERS; p++) {
            String number = numberPrefix.substring(0, 6) + p;
            numbers.add(number);
            for (int c = 0; c < CONCERNS_EACH; c++) {
                requests.add(new NewConcern(new PractitionerDetails("Dr Parallel " + p, Profession.GP, Register.GMC,
                        number), ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), run + " " + p + "/" + c,
                        LocalDate.of(2026, 11, 2)));
            }
        }

        List<String> keys = raiseAllAtOnce(requests);

        assertThat(keys).hasSize(requests.size()).doesNotHaveDuplicates();
        Map<String, Object> parameters = Map.of("numbers", numbers, "run", run + " %");
        assertThat(jdbc.queryForObject("select count(*) from concern where summary like :run", parameters, Long.class))
                .isEqualTo(requests.size());
        assertThat(jdbc.queryForList("""
                select count(c.id) from practitioner p left join concern c on c.practitioner_id = p.id
                where p.register = 'GMC' and p.register_number in (:numbers) group by p.id""", parameters, Long.class))
                .as("one record per practitioner, holding all their concerns")
                .hasSize(PRACTITIONERS).containsOnly((long) CONCERNS_EACH);
        assertThat(keys).allSatisfy(key -> assertThat(runtime.createProcessInstanceQuery()
                .processDefinitionKey(ConcernPathway.ID).processInstanceBusinessKey(key).count()).isEqualTo(1));
    }

    private List<String> raiseAllAtOnce(List<NewConcern> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> raised = requests.stream().map(request -> pool.submit(() -> {
                start.await();
                return intake.raise(request, "casemanager").businessKey();
            })).toList();
            start.countDown();
            List<String> keys = new ArrayList<>();
            for (Future<String> key : raised) {
                keys.add(key.get(60, TimeUnit.SECONDS));
            }
            return keys;
        } finally {
            pool.shutdownNow();
        }
    }
}
