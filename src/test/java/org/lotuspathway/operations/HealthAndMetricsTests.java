package org.lotuspathway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.lotuspathway.support.TestClock;

/**
 * Health for load balancers (public, just UP or DOWN) and for administrators (the database and the
 * engine, with the job executor as a detail); the pathway's own metrics for Prometheus.
 */
@PathwayTest
class HealthAndMetricsTests {

    static final RequestPostProcessor ADMIN = as("admin", Roles.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    PathwayMetrics metrics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ManagementService management;
    @Autowired
    PathwayClock clock;

    @AfterEach
    void forgetMetrics() {
        metrics.forget();
    }

    @Test
    void anyoneMayAskWhetherTheAppIsUpButOnlyAdministratorsSeeWhatIsInside() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(caseManager())).andExpect(jsonPath("$.components").doesNotExist());

        mvc.perform(get("/actuator/health").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.engine.status").value("UP"))
                .andExpect(jsonPath("$.components.engine.details.name").value("default"))
                // the tests run without the job executor; that is a detail, not a failure
                .andExpect(jsonPath("$.components.engine.details.jobExecutor").value("inactive"))
                .andExpect(jsonPath("$.components.engine.details.executableJobs").isNumber())
                .andExpect(jsonPath("$.components.engine.details.failedJobs").isNumber())
                .andExpect(jsonPath("$.components.jobExecutor").doesNotExist())
                .andExpect(jsonPath("$.components.processEngine").doesNotExist());
    }

    @Test
    void metricsAreForAdministratorsAndPrometheusOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer guess")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(caseManager())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(caseManager())).andExpect(status().isForbidden());
    }

    /**
     * What Prometheus reads. Spring Boot's tests leave metric exporters off, so the same figures are
     * bound to a Prometheus registry of the test's own and scraped from it.
     */
    @Test
    void prometheusReadsThePathwaysFiguresByName() {
        driver.raise();
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        metrics.bindTo(prometheus);

        assertThat(prometheus.scrape()).contains("lotus_cases_open{stage=\"TRIAGE\"}", "lotus_updates_overdue ",
                "lotus_jobs_executable ", "lotus_jobs_failed ", "# HELP lotus_cases_open Open cases in a stage")
                .doesNotContain("PSC-", "CLOSED");
    }

    @Test
    void openCasesAreCountedByStage() {
        double triage = openCases("TRIAGE");
        double investigation = openCases("INVESTIGATION");

        String key = driver.raise();
        driver.raise();
        metrics.forget();
        assertThat(openCases("TRIAGE")).isEqualTo(triage + 2);

        driver.triageAs(key, 3, 3);
        metrics.forget();
        assertThat(openCases("TRIAGE")).isEqualTo(triage + 1);
        assertThat(openCases("INVESTIGATION")).isEqualTo(investigation + 1);
        assertThat(registry.find("lotus.cases.open").tag("stage", "CLOSED").gauge()).isNull();
    }

    @Test
    void anUpdateNotSentByItsDeadlineIsCountedAsOverdue() {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", java.util.Map.of());
        driver.panelDecides(key, "MONITOR");
        metrics.forget();
        double before = gauge("lotus.updates.overdue");

        TestClock.stopAt(clock.now().plus(Duration.ofDays(14)));
        metrics.forget();

        assertThat(gauge("lotus.updates.overdue")).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void theJobBacklogIsWhatTheEngineHasDue() {
        driver.raise();
        metrics.forget();

        assertThat(gauge("lotus.jobs.executable")).isEqualTo(management.createJobQuery().executable().count());
        assertThat(gauge("lotus.jobs.failed")).isEqualTo(management.createJobQuery().noRetriesLeft().count());
    }

    private double openCases(String stage) {
        return registry.get("lotus.cases.open").tag("stage", stage).gauge().value();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
