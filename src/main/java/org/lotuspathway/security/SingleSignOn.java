package org.lotuspathway.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lotuspathway.process.engine.StaffDirectory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sign-in through the organisation's OpenID Connect provider (lotus.oidc.*), added to our pages'
 * filter chain by SecurityConfig when an issuer is configured. Every way it can fail (no mapped
 * role, a practitioner matched to no record, a token whose signature or expiry does not check out,
 * a provider that does not answer) ends on a plain refusal page, never a 500.
 */
class SingleSignOn {

    static final String AUTHORIZATION_BASE = "/oauth2/authorization";
    static final String REFUSED = "/sign-in/refused";

    private final SingleSignOnSettings settings;
    private final ClientRegistrationRepository registrations;
    private final SingleSignOnUsers users;

    SingleSignOn(SingleSignOnSettings settings, StaffDirectory staff, PortalAccounts portal) {
        List<String> unknown = settings.roleMapping().keySet().stream().filter(role -> !Roles.ALL.contains(role)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("lotus.oidc.role-mapping names roles Lotus Pathway does not have: " + unknown
                    + "; its roles are " + Roles.ALL);
        }
        this.settings = settings;
        this.registrations = new ProviderRegistration(settings);
        this.users = new SingleSignOnUsers(settings, staff, portal);
    }

    ClientRegistrationRepository registrations() {
        return registrations;
    }

    String signInPath() {
        return AUTHORIZATION_BASE + "/" + SingleSignOnSettings.REGISTRATION_ID;
    }

    /**
     * With single sign-on, the sign-out form's answer leads to the provider's end-session endpoint,
     * and browsers hold a form's redirects to the policy's form-action too.
     */
    static String signOutAllowed(SingleSignOn sso, String policy) {
        return sso == null ? policy : policy.replace("form-action 'self'", "form-action 'self' " + sso.providerOrigin());
    }

    /** The provider's scheme, host and port, as a Content-Security-Policy source. */
    String providerOrigin() {
        java.net.URI issuer = java.net.URI.create(settings.issuer());
        return issuer.getScheme() + "://" + issuer.getHost() + (issuer.getPort() < 0 ? "" : ":" + issuer.getPort());
    }

    String providerName() {
        return settings.providerName();
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolverThatRefusesPlainly()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .defaultSuccessUrl("/", true)
                .failureHandler(new SimpleUrlAuthenticationFailureHandler(REFUSED)));
    }

    /** Sign-out ends the provider's session too, where its discovery document names an end-session endpoint. */
    void configure(LogoutConfigurer<HttpSecurity> logout) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
        handler.setDefaultTargetUrl("/login?signedOut");
        logout.logoutSuccessHandler(handler);
    }

    /**
     * Spring Security answers 500 when the provider cannot be looked up; instead the request goes on
     * to SignInRefusedController, which says the sign-in service did not answer.
     */
    private OAuth2AuthorizationRequestResolver resolverThatRefusesPlainly() {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                AUTHORIZATION_BASE);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                try {
                    return resolver.resolve(request);
                } catch (IllegalArgumentException providerUnknown) {
                    return null;
                }
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                try {
                    return resolver.resolve(request, registrationId);
                } catch (IllegalArgumentException providerUnknown) {
                    return null;
                }
            }
        };
    }
}
