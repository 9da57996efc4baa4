package org.lotuspathway.audit;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.lotuspathway.process.engine.PathwayHistory;

/**
 * Puts {@link AuditedRequests} in front of every page and API call, and {@link EngineApiAuditing}
 * in front of Camunda's REST APIs, which are not Spring MVC.
 */
@Configuration
class AuditConfiguration implements WebMvcConfigurer {

    private final AuditedRequests auditedRequests;

    AuditConfiguration(AuditedRequests auditedRequests) {
        this.auditedRequests = auditedRequests;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(auditedRequests);
    }

    /** After Spring Security and Camunda's webapp sign-in, so that it knows who is calling. */
    @Bean
    FilterRegistrationBean<EngineApiAuditing> engineApiAuditing(AuditLog log, PathwayHistory cases) {
        FilterRegistrationBean<EngineApiAuditing> registration =
                new FilterRegistrationBean<>(new EngineApiAuditing(log, cases));
        registration.setName("Lotus Pathway: audit of Camunda's REST APIs");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
