package org.lotuspathway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The JSON API: HTTP Basic for integrations, and no session, so a browser's sign-in cookie is
     * never enough to call it. CSRF protection is off because nothing ambient authenticates a
     * request, and the API accepts only JSON, which a cross-site form cannot send.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Camunda's webapps and REST API: only administrators and process leads. The Admin "initial
     * setup" call, which could create an administrator, is refused outright.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        return http.securityMatcher("/camunda/**", "/engine-rest/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .anyRequest().hasAnyRole(Roles.ADMIN, Roles.LEAD))
                .httpBasic(basic -> { })
                .formLogin(form -> form.loginPage("/login"))
                // Camunda's webapps and REST API carry their own CSRF protection (the X-XSRF-TOKEN header)
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Our pages: form login on our own page, sessions that end after 30 minutes idle (see
     * application.yaml), a new session id at sign-in, and sign-out only by POST with the CSRF token.
     */
    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/actuator/health/**", "/css/**", "/assets/**").permitAll()
                        // with any query (?signedOut, ?expired): formLogin's permitAll matches only exact URLs
                        .requestMatchers("/login").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.migrateSession())
                        .invalidSessionUrl("/login?expired"))
                // Without deleting the cookie, the next page would see the old session id and say it expired.
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .build();
    }
}
