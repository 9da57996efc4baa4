package org.lotuspathway.security;

import org.lotuspathway.process.engine.StaffDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Single sign-on exists only when lotus.oidc.issuer (LOTUS_OIDC_ISSUER) is set. */
@Configuration
class SingleSignOnConfiguration {

    @Bean
    @ConditionalOnExpression("!'${lotus.oidc.issuer:}'.isBlank()")
    SingleSignOn singleSignOn(SingleSignOnSettings settings, StaffDirectory staff, PortalAccounts portal) {
        return new SingleSignOn(settings, staff, portal);
    }
}
