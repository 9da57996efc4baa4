package org.lotuspathway.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Hands {@code lotus.security.sign-in} to the engine, whose identity service enforces it for every
 * sign-in: our sign-in page, HTTP Basic on the API and the engine's REST API, and Camunda's webapps.
 */
@Component
class SignInPolicy extends AbstractCamundaConfiguration {

    private final SecuritySettings settings;

    SignInPolicy(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        SecuritySettings.SignIn signIn = settings.signIn();
        engine.setLoginMaxAttempts(signIn.maxAttempts());
        engine.setLoginDelayBase((int) signIn.delayBase().toSeconds());
        engine.setLoginDelayFactor(signIn.delayFactor());
        engine.setLoginDelayMaxTime((int) signIn.delayMax().toSeconds());
    }
}
