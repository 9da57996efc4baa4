package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Prometheus gets in with the configured token, exactly; without a token configured nobody does. */
class MetricsScrapeTokenTests {

    @Test
    void theConfiguredTokenLetsPrometheusIn() {
        MetricsScrapeToken token = new MetricsScrapeToken("s3cret-from-the-environment");

        assertThat(allowed(token, "Bearer s3cret-from-the-environment")).isTrue();
        assertThat(allowed(token, "bearer s3cret-from-the-environment")).isTrue();
        assertThat(allowed(token, "Bearer s3cret-from-the-environmenT")).isFalse();
        assertThat(allowed(token, "Bearer s3cret")).isFalse();
        assertThat(allowed(token, "Basic s3cret-from-the-environment")).isFalse();
        assertThat(allowed(token, null)).isFalse();
    }

    @Test
    void withoutATokenNobodyGetsInThisWay() {
        for (String configured : new String[] {null, "", "  "}) {
            MetricsScrapeToken token = new MetricsScrapeToken(configured);
            assertThat(allowed(token, "Bearer ")).isFalse();
            assertThat(allowed(token, "Bearer null")).isFalse();
        }
    }

    private static boolean allowed(MetricsScrapeToken token, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return token.check(() -> null, new RequestAuthorizationContext(request)).isGranted();
    }
}
