package org.lotuspathway.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the default (local) profile there are no demo users, so the first administrator comes
 * from the settings ({@code camunda.bpm.admin-user}, in the postgres profile from LOTUS_ADMIN_USER
 * and LOTUS_ADMIN_PASSWORD) and Camunda creates it as the engine starts: an administrator exists
 * before the first request, so Camunda's Admin setup page can never create one. Without one the
 * application refuses to start, before it touches the database.
 */
@Component
@Profile("!default")
class AdministratorRequired implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String ID = "camunda.bpm.admin-user.id";
    static final String PASSWORD = "camunda.bpm.admin-user.password";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String id = environment.getProperty(ID, "").strip();
        String password = environment.getProperty(PASSWORD, "");
        if (id.isEmpty() || password.isBlank()) {
            throw new IllegalStateException("No administrator is configured. Outside the default profile there are "
                    + "no demo users: set LOTUS_ADMIN_USER and LOTUS_ADMIN_PASSWORD (" + ID + " and " + PASSWORD
                    + ") so that an administrator exists before the first request.");
        }
        // Camunda would otherwise take the user id as the password.
        if (password.equals(id)) {
            throw new IllegalStateException("The administrator's password (LOTUS_ADMIN_PASSWORD) must not be "
                    + "the user id.");
        }
    }
}
