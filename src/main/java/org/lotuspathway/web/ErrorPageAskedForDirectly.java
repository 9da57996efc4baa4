package org.lotuspathway.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server shows what went wrong with another request. Asked for
 * directly, nothing went wrong and there is no status to show, so Spring Boot's error page said
 * 500. A direct request is answered as any address with no page: "Page not found" (404), or its
 * JSON for a client that asks for JSON. The error page itself, reached when another request fails,
 * is untouched (that is an ERROR dispatch, which this filter does not see).
 */
@Configuration
class ErrorPageAskedForDirectly {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPageNotForDirectRequests() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        registration.setName("Lotus Pathway: /error is not a page of its own");
        registration.addUrlPatterns("/error");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // After Spring Security, which writes the usual headers (/error is open to anyone).
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
