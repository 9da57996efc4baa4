package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lotuspathway.LotusPathwayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;

/** Outside the default profile the app starts only with an administrator from its settings. */
class AdministratorRequiredTests {

    @Test
    void thePostgresProfileRefusesToStartWithoutAnAdministratorAndSaysWhatToSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(LotusPathwayApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0", "--camunda.bpm.webapp.enabled=false",
                "--LOTUS_DB_URL=jdbc:postgresql://localhost:1/nowhere", "--LOTUS_DB_USER=lotus"))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("LOTUS_ADMIN_USER and LOTUS_ADMIN_PASSWORD"));
    }

    @Test
    void anAdministratorNeedsAPasswordOtherThanTheirUserId() {
        assertThatThrownBy(() -> check("lotusadmin", "")).hasMessageContaining("No administrator is configured");
        assertThatThrownBy(() -> check("", "a-long-password")).hasMessageContaining("No administrator is configured");
        assertThatThrownBy(() -> check("lotusadmin", "lotusadmin")).hasMessageContaining("must not be the user id");
        assertThatCode(() -> check("lotusadmin", "a-long-password")).doesNotThrowAnyException();
    }

    private static void check(String id, String password) {
        AdministratorRequired required = new AdministratorRequired();
        required.setEnvironment(new MockEnvironment().withProperty(AdministratorRequired.ID, id)
                .withProperty(AdministratorRequired.PASSWORD, password));
        required.postProcessBeanFactory(null);
    }
}
