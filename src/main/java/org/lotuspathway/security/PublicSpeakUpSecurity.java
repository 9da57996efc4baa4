package org.lotuspathway.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The fourth chain, between Camunda's webapps ({@link SecurityConfig}) and our pages. */
@Configuration
class PublicSpeakUpSecurity {

    /** The public speak-up pages: guidance, raising a concern without an account, following it up. */
    private static final List<RequestMatcher> SPEAK_UP_PAGES = Stream.of("/speak-up", "/speak-up/raise",
            "/speak-up/follow-up").map(SecurityHeaders::path).toList();
    static final RequestMatcher PUBLIC_SPEAK_UP = request -> SPEAK_UP_PAGES.stream().anyMatch(page -> page.matches(request));

    /**
     * The public speak-up pages: no account, and no session either, so a visit leaves nothing
     * behind that ties a person to a report. Their forms still carry a CSRF token, kept in a cookie
     * of their own (only for these pages, unreadable by scripts) instead of a session. Nobody is
     * signed in on them, so the audit log records nothing of them (audit/AuditedRequests).
     */
    @Bean
    @Order(4)
    SecurityFilterChain publicSpeakUp(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("LOTUS-SPEAK-UP-CSRF");
        tokens.setParameterName("_csrf");
        tokens.setCookieCustomizer(cookie -> cookie.path("/speak-up").sameSite("Strict"));
        return http.securityMatcher(PUBLIC_SPEAK_UP)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(new CsrfTokenNotFromTheAddress()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(ExpiredForms.HANDLER))
                // The token is written as a cookie when first read; read it before the page is
                // rendered, or a long page may have sent its headers before the form asks for it.
                .addFilterAfter((request, response, chain) -> {
                    Object token = request.getAttribute(CsrfToken.class.getName());
                    if (token instanceof CsrfToken csrfToken) {
                        csrfToken.getToken();
                    }
                    chain.doFilter(request, response);
                }, CsrfFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> SecurityHeaders.common(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)))
                .build();
    }
}
