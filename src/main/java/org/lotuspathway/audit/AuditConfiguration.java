package org.lotuspathway.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AuditedRequests} in front of every page and API call. */
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
}
