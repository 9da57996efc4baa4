package org.lotuspathway.register;

import java.util.HashMap;
import java.util.Map;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.TaskAside;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Beside every task where someone must get in touch with the practitioner (check-ins, an urgent
 * wellbeing concern, a missed check-in, a reply, an update): how to reach them, first of the
 * task's asides.
 */
class ContactAside implements TaskAside, Ordered {

    private final String taskKey;
    private final PractitionerContacts contacts;

    ContactAside(String taskKey, PractitionerContacts contacts) {
        this.taskKey = taskKey;
        this.contacts = contacts;
    }

    @Override
    public String taskKey() {
        return taskKey;
    }

    @Override
    public String template() {
        return "register/contact-aside";
    }

    @Override
    public Map<String, Object> model(String businessKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("practitionerContact", contacts.ofCase(businessKey).orElse(null));
        return model;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Configuration(proxyBeanMethods = false)
    static class ForEachTask {

        @Bean
        TaskAside checkInContactAside(PractitionerContacts contacts) {
            return new ContactAside(ConcernPathway.TASK_CHECK_IN, contacts);
        }

        @Bean
        TaskAside urgentConcernContactAside(PractitionerContacts contacts) {
            return new ContactAside(ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN, contacts);
        }

        @Bean
        TaskAside missedCheckInContactAside(PractitionerContacts contacts) {
            return new ContactAside(ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN, contacts);
        }

        @Bean
        TaskAside replyContactAside(PractitionerContacts contacts) {
            return new ContactAside(ConcernPathway.TASK_REPLY_TO_PRACTITIONER, contacts);
        }

        @Bean
        TaskAside updateContactAside(PractitionerContacts contacts) {
            return new ContactAside(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, contacts);
        }
    }
}
