package org.lotuspathway.notifications;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Mail is configured when Spring Boot would make a {@code JavaMailSender}: {@code spring.mail.host}
 * or {@code spring.mail.jndi-name} is set. Checked on the properties, not on the bean, because our
 * configuration is read before Boot's auto-configuration adds the bean.
 */
class MailConfigured extends AnyNestedCondition {

    MailConfigured() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    static class HostGiven {
    }

    @ConditionalOnProperty(prefix = "spring.mail", name = "jndi-name")
    static class JndiNameGiven {
    }
}
