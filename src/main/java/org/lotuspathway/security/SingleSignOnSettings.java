package org.lotuspathway.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotus.oidc.*}: single sign-on with the organisation's OpenID Connect provider (NHS Care
 * Identity, Microsoft Entra ID or any standard one), off unless {@code issuer} is set. Given from
 * the environment: {@code LOTUS_OIDC_ISSUER}, {@code LOTUS_OIDC_CLIENT_ID},
 * {@code LOTUS_OIDC_CLIENT_SECRET} (docs/security.md, "Single sign-on").
 *
 * @param usernameClaim   the claim that becomes the user's id here and in Cockpit and Tasklist
 * @param groupsClaim     the claim listing the user's groups or roles at the provider
 * @param roleMapping     for each of our roles ({@link Roles}), the provider's groups that give it
 * @param practitioner    how a practitioner is matched to their record
 * @param providerName    what the sign-in button calls the provider's account
 */
@ConfigurationProperties("lotus.oidc")
record SingleSignOnSettings(String issuer, String clientId, String clientSecret,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("preferred_username") String usernameClaim, @DefaultValue("groups") String groupsClaim,
        @DefaultValue Map<String, List<String>> roleMapping, @DefaultValue PractitionerMatching practitioner,
        @DefaultValue("your organisation's account") String providerName) {

    static final String REGISTRATION_ID = "lotus";

    boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    /**
     * A practitioner signs in to the portal only when the claim {@code claim} matches exactly one
     * practitioner: by their register number on {@code register} ({@code match-by: register-number}),
     * or by the email on their record ({@code match-by: email}).
     */
    record PractitionerMatching(@DefaultValue("register-number") String matchBy,
            @DefaultValue("registration_number") String claim, @DefaultValue("GMC") String register) {

        boolean byEmail() {
            return "email".equalsIgnoreCase(matchBy);
        }
    }
}
