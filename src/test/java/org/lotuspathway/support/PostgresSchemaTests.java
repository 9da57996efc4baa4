package org.lotuspathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.lotuspathway.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The postgres profile on a real PostgreSQL: our migrations, Camunda's schema and the entities agree. */
@PostgresPathwayTest
class PostgresSchemaTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationRunsOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getURL()).endsWith("/" + PostgresSettings.DATABASE);
        }
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("postgres");
    }

    @Test
    void everyMigrationRanOnPostgresqlAndNoneIsLeft() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty().allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theEntitiesMatchTheTablesTheMigrationsMade() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        // Throws SchemaManagementException naming the table and column on any mismatch.
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    @Test
    void camundaMadeItsOwnSchemaBesideOurs() {
        ManagementService management = engine.getManagementService();
        assertThat(management.getTableCount()).containsKeys("ACT_RU_TASK", "ACT_RU_JOB", "ACT_HI_PROCINST",
                "ACT_HI_JOB_LOG", "ACT_ID_USER");
        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).contains("7.24.0");
    }

    @Test
    void theAdministratorFromTheSettingsExistsBeforeAnyRequest() {
        assertThat(identity.createUserQuery().userId(PostgresSettings.ADMIN).memberOfGroup(Roles.ADMIN).count())
                .isEqualTo(1);
        assertThat(identity.checkPassword(PostgresSettings.ADMIN, PostgresSettings.ADMIN_PASSWORD)).isTrue();
        assertThat(identity.createUserQuery().userId("admin").count()).as("no demo users").isZero();
        assertThat(environment.getProperty("server.address")).as("listens on every interface").isNull();
    }
}
