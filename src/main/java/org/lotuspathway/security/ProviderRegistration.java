package org.lotuspathway.security;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The organisation's provider, learnt from its discovery document the first time someone signs in
 * with it rather than at start-up: a provider that is down then neither stops the application (local
 * break-glass sign-in still works) nor stays unknown once it is back. Unknown until then: the
 * sign-in is refused with a plain page (SignInRefusedController).
 */
class ProviderRegistration implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistration.class);

    private final SingleSignOnSettings settings;
    private final AtomicReference<ClientRegistration> learnt = new AtomicReference<>();

    ProviderRegistration(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOnSettings.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = learnt.get();
        if (known != null) {
            return known;
        }
        try {
            ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(SingleSignOnSettings.REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(settings.scopes())
                    .userNameAttributeName(settings.usernameClaim())
                    .clientName(settings.providerName())
                    .build();
            learnt.compareAndSet(null, discovered);
            return learnt.get();
        } catch (RuntimeException unreachable) {
            log.warn("The sign-in provider at {} could not be reached: {}", settings.issuer(), unreachable.toString());
            return null;
        }
    }
}
