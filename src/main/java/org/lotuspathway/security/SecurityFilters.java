package org.lotuspathway.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The servlet filters on either side of Spring Security's chains ({@link SecurityConfig}). */
@Configuration
class SecurityFilters {

    private final SecuritySettings settings;

    SecurityFilters(SecuritySettings settings) {
        this.settings = settings;
    }

    /**
     * Refuses a body larger than lotus.security.max-request-size before anyone reads it, ahead of
     * Spring Security, so that even an anonymous caller cannot make the server parse megabytes;
     * the modeler's uploads may be as large as spring.servlet.multipart.max-request-size, documents on a
     * case as large as the servlet's multipart limit (raised to fit lotus.documents.max-size).
     */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(MultipartProperties configured, MultipartConfigElement multipart) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(settings.maxRequestSize(), configured.getMaxRequestSize(),
                        DataSize.ofBytes(multipart.getMaxRequestSize())));
        registration.setName("Lotus Pathway: request size limit");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * After Spring Security (it knows who is calling, and only administrators get this far) and
     * before Camunda's servlets, on the same addresses as those servlets, so no spelling of a path
     * reaches them unchecked.
     */
    @Bean
    FilterRegistrationBean<CamundaApiRules> camundaApiRules(ObjectMapper json, ApplicationEventPublisher events) {
        FilterRegistrationBean<CamundaApiRules> registration = new FilterRegistrationBean<>(
                new CamundaApiRules(json, events));
        registration.setName("Lotus Pathway: what Camunda's APIs accept");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
