package org.lotuspathway.concern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable case references such as PSC-2026-00042: the year raised and a number from a database
 * sequence, so that parallel intakes on several nodes never share a number.
 */
@Component
class BusinessKeys {

    private final JdbcTemplate jdbc;
    private final String nextNumberSql;
    private final PathwayClock clock;

    BusinessKeys(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, PathwayClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nextNumberSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("concern_number_seq");
    }

    String next() {
        Long number = jdbc.queryForObject(nextNumberSql, Long.class);
        return "PSC-%d-%05d".formatted(clock.today().getYear(), number);
    }
}
