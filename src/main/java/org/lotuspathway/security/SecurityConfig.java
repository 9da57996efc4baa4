package org.lotuspathway.security;

import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Who may reach what, and the headers every answer carries. Five chains, tried in order: the JSON
 * API, the engine's REST API, Camunda's webapps, the public speak-up pages ({@link PublicSpeakUpSecurity}),
 * and our pages (with the actuator). The filters around them are in {@link SecurityFilters}, the headers in
 * {@link SecurityHeaders}.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({SecuritySettings.class, SingleSignOnSettings.class, LocalSignInSettings.class})
class SecurityConfig {

    private static final String CSP_HEADER = "Content-Security-Policy";
    private static final String[] STAFF = Roles.STAFF.toArray(String[]::new);
    private static final String[] CASE_WORKERS = Roles.CASE_WORKERS.toArray(String[]::new);
    private static final String[] RECORD_KEEPERS = Roles.RECORD_KEEPERS.toArray(String[]::new);
    private static final String[] MEETING_SCHEDULERS = {Roles.CASE_MANAGER, Roles.RESPONSIBLE_OFFICER};
    private static final String[] MEETING_ATTENDERS = {Roles.CASE_MANAGER, Roles.RESPONSIBLE_OFFICER, Roles.PANEL};
    private static final String[] STAFF_AND_LIBRARY_READERS = Stream.concat(Roles.STAFF.stream(),
            Stream.of(Roles.LEARNING)).toArray(String[]::new);

    private final SecuritySettings settings;
    private final CaseLevelAccess caseLevel;
    private final ObjectProvider<SingleSignOn> singleSignOn;

    SecurityConfig(SecuritySettings settings, PanelCases panelCases, ObjectProvider<SingleSignOn> singleSignOn) {
        this.settings = settings;
        this.caseLevel = new CaseLevelAccess(panelCases);
        this.singleSignOn = singleSignOn;
    }

    /** The JSON API, for integrations: HTTP Basic and no session ({@link #basicOnlyWithoutSession}). */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityHeaders.path("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        // Refused before the body is even read, so the wrong role never gets a 400 about fields.
                        // Anyone may speak up, and follow up with their access code (speakup/).
                        .requestMatchers(HttpMethod.POST, "/api/speak-up").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/speak-up/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/concerns").hasAnyRole(Roles.CASE_MANAGER,
                                Roles.RESPONSIBLE_OFFICER, Roles.ADMIN)
                        .requestMatchers("/api/deployments/**").hasAnyRole(Roles.LEAD, Roles.ADMIN)
                        // The register for those who work cases (narrowed for a panel member alone by the register
                        // itself); a case's tasks for whoever may see the case.
                        .requestMatchers("/api/cases").hasAnyRole(CASE_WORKERS)
                        // A panel member who works no other role: only the cases on their meetings' agendas.
                        .requestMatchers("/api/cases/{businessKey}/**", "/api/tasks/{taskId}/**").access(caseLevel)
                        .requestMatchers("/api/cases/**", "/api/tasks/**").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/meetings/**").hasAnyRole(MEETING_SCHEDULERS)
                        .requestMatchers("/api/meetings/**").hasAnyRole(MEETING_ATTENDERS)
                        // A practitioner's whole record (subject access): administrators only; practitioners ask from the portal.
                        .requestMatchers("/api/practitioners/{register}/{number}/export").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/practitioners/**").hasAnyRole(RECORD_KEEPERS)
                        .requestMatchers("/api/practitioners/**").hasAnyRole(Stream.concat(Roles.CASE_WORKERS.stream(),
                                Stream.of(Roles.PRACTITIONER)).toArray(String[]::new))
                        // A hub's members send their own token, which learning/exchange/HubApiController checks.
                        .requestMatchers("/api/learning/bundles", "/api/learning/entries").permitAll()
                        .requestMatchers("/api/learning/**").hasRole(Roles.LEAD)
                        .anyRequest().authenticated());
        return basicOnlyWithoutSession(http);
    }

    /**
     * The engine's REST API: administrators only, by HTTP Basic only and without a session, like
     * our API, so a signed-in browser cannot be tricked into calling it. Camunda's own authorization
     * checks are off, so whoever gets in may do anything the API can; leads have the modeler and
     * /api/deployments instead. Deployments are only read here: new ones go only through the
     * modeler, which validates them first (DESIGN.md, Security). {@link CamundaApiRules} then
     * checks every request that gets in.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityHeaders.path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(CamundaPaths.changing(CamundaPaths.DEPLOYMENT)).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN));
        return basicOnlyWithoutSession(http);
    }

    /**
     * HTTP Basic and no session, so a browser's sign-in cookie is never enough. CSRF protection is
     * off because nothing ambient authenticates a request: the 401 carries no Basic challenge, so
     * browsers never learn to send credentials here.
     */
    private static SecurityFilterChain basicOnlyWithoutSession(HttpSecurity http) throws Exception {
        return http
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> SecurityHeaders.common(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.API_CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * Camunda's webapps (Cockpit, Tasklist, Admin) and their own API: administrators only, signed
     * in on our page. With Camunda's authorization checks off, Cockpit and Tasklist change anything
     * and their API takes queries by POST, so "read-only" cannot be granted by method. The Admin
     * "initial setup" call, which could create an administrator, is refused outright, and so is any
     * change to deployments from the webapps. The webapps send their own, looser
     * Content-Security-Policy (camunda.bpm.webapp.header-security), so none is set here.
     */
    @Bean
    @Order(3)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        return http.securityMatcher(SecurityHeaders.path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(CamundaPaths.ADMIN_SETUP).denyAll()
                        .requestMatchers(CamundaPaths.changing(CamundaPaths.DEPLOYMENT)).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .formLogin(form -> form.loginPage("/login"))
                // Camunda's webapps carry their own CSRF protection (the X-XSRF-TOKEN header)
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::common)
                .build();
    }

    /**
     * Our pages: form login on our own page, sessions that end after 30 minutes idle (see
     * application.yaml), a new session id at sign-in, and sign-out only by POST with the CSRF token.
     * Health is public (details for administrators only); metrics are for administrators, or for
     * Prometheus with the scrape token.
     */
    @Bean
    @Order(5)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/actuator/health/**", "/css/**", "/assets/**").permitAll()
                        // with any query (?signedOut, ?expired): formLogin's permitAll matches only exact URLs
                        .requestMatchers("/login").permitAll()
                        // single sign-on's start (when the provider is down, SignInRefusedController answers) and refusals
                        .requestMatchers(SingleSignOn.AUTHORIZATION_BASE + "/**", SingleSignOn.REFUSED).permitAll()
                        .requestMatchers("/actuator/prometheus").access(administratorOrScrapeToken())
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        // Each area for its roles, before any of its code runs; the controllers'
                        // @PreAuthorize narrow this further (who may raise, pause, edit themes...).
                        .requestMatchers("/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/portal/**").hasRole(Roles.PRACTITIONER)
                        // The register of every case and practitioners' records: those who work cases (a panel
                        // member alone finds and reads only their cases' there: register/CaseRegister, PractitionerRecords).
                        .requestMatchers("/cases", "/cases.csv", "/practitioners/**").hasAnyRole(CASE_WORKERS)
                        // A panel member who works no other role: only the cases on their meetings' agendas.
                        .requestMatchers("/tasks/{taskId}/**", "/cases/{businessKey}/**").access(caseLevel)
                        .requestMatchers("/tasks/**", "/cases/**").hasAnyRole(STAFF)
                        // Reports from people who spoke up, before screening: those who screen them, and the RO.
                        .requestMatchers("/speak-up/reports/**").hasAnyRole(Roles.CASE_MANAGER, Roles.RESPONSIBLE_OFFICER)
                        .requestMatchers("/concerns/**").hasAnyRole(Roles.CASE_MANAGER, Roles.RESPONSIBLE_OFFICER,
                                Roles.ADMIN)
                        // Meetings: those who schedule them, and panel members (who see those they sit on).
                        .requestMatchers("/meetings/**").hasAnyRole(MEETING_ATTENDERS)
                        .requestMatchers("/modeler/**").hasAnyRole(Roles.LEAD, Roles.ADMIN)
                        .requestMatchers("/insights/**").hasAnyRole(Roles.LEAD, Roles.RESPONSIBLE_OFFICER)
                        .requestMatchers("/learning/**").hasAnyRole(STAFF_AND_LIBRARY_READERS)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenNotFromTheAddress()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                // Machines asking the actuator get 401; people everywhere else the sign-in page.
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(ExpiredForms.HANDLER)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                SecurityHeaders.path("/actuator/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.migrateSession())
                        .invalidSessionUrl("/login?expired"))
                // Without deleting the cookie, the next page would see the old session id and say it expired.
                .logout(logout -> {
                    logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").deleteCookies("JSESSIONID");
                    if (sso != null) {
                        sso.configure(logout);
                    }
                })
                .headers(headers -> SecurityHeaders.common(headers)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityHeaders.path("/modeler/**"),
                                (request, response) -> response.setHeader(CSP_HEADER,
                                        SingleSignOn.signOutAllowed(sso, SecurityHeaders.editorContentSecurityPolicy(StyleNonce.of(request))))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SecurityHeaders.path("/modeler/**")),
                                new StaticHeadersWriter(CSP_HEADER, SingleSignOn.signOutAllowed(sso, SecurityHeaders.CONTENT_SECURITY_POLICY))))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)))
                .build();
    }

    private AuthorizationManager<RequestAuthorizationContext> administratorOrScrapeToken() {
        return AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole(Roles.ADMIN),
                new MetricsScrapeToken(settings.metricsToken()));
    }

}
