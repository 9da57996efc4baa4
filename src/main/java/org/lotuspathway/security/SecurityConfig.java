package org.lotuspathway.security;

import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
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
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Who may reach what, and the headers every answer carries. Five chains, tried in order: the JSON
 * API, the engine's REST API, Camunda's webapps, the public speak-up pages, and our pages (with the actuator).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({SecuritySettings.class, SingleSignOnSettings.class, LocalSignInSettings.class})
class SecurityConfig {

    /**
     * Our pages load scripts, styles, images and fonts from this site only, and fetch only from it
     * (the case diagram). No inline script or style: the NHS.UK frontend's page script runs from
     * nhsuk.js, and bpmn-js sets styles through the DOM, which a policy does not block. Images and
     * fonts may be data: URLs, which cannot run anything (bpmn-js's stylesheet has an image, the
     * editors' stylesheets embed their icon fonts).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The lead's editors (bpmn-js, dmn-js and form-js modelers) also set style attributes from their
     * scripts, and CodeMirror (in the decision table and form editors) writes a style element. Those
     * pages alone may have style attributes, and a style element carrying this request's nonce
     * ({@link StyleNonce}); still no inline script.
     */
    static String editorContentSecurityPolicy(String styleNonce) {
        return CONTENT_SECURITY_POLICY.replace("style-src 'self'; ",
                "style-src 'self' 'nonce-" + styleNonce + "'; style-src-attr 'unsafe-inline'; ");
    }

    /** JSON and XML answers need nothing at all. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

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
        http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        // Refused before the body is even read, so the wrong role never gets a 400 about fields.
                        // Anyone may speak up, and follow up with their access code (speakup/).
                        .requestMatchers(HttpMethod.POST, "/api/speak-up").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/speak-up/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/concerns").hasAnyRole(Roles.CASE_MANAGER,
                                Roles.RESPONSIBLE_OFFICER, Roles.ADMIN)
                        .requestMatchers("/api/deployments/**").hasAnyRole(Roles.LEAD, Roles.ADMIN)
                        // The register for those who work cases; a case's tasks for whoever may see the case.
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
        http.securityMatcher(path("/engine-rest/**"))
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
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
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
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(CamundaPaths.ADMIN_SETUP).denyAll()
                        .requestMatchers(CamundaPaths.changing(CamundaPaths.DEPLOYMENT)).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .formLogin(form -> form.loginPage("/login"))
                // Camunda's webapps carry their own CSRF protection (the X-XSRF-TOKEN header)
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::commonHeaders)
                .build();
    }

    /** The public speak-up pages: guidance, raising a concern without an account, following it up. */
    private static final java.util.List<RequestMatcher> SPEAK_UP_PAGES = Stream.of("/speak-up", "/speak-up/raise",
            "/speak-up/follow-up").map(SecurityConfig::path).toList();
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
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
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
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)))
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
                        // The register of every case and practitioners' records: those who work cases.
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
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                // Machines asking the actuator get 401; people everywhere else the sign-in page.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                path("/actuator/**"))
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
                .headers(headers -> commonHeaders(headers)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(path("/modeler/**"),
                                (request, response) -> response.setHeader(CSP_HEADER,
                                        SingleSignOn.signOutAllowed(sso, editorContentSecurityPolicy(StyleNonce.of(request))))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path("/modeler/**")),
                                new StaticHeadersWriter(CSP_HEADER, SingleSignOn.signOutAllowed(sso, CONTENT_SECURITY_POLICY))))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * A pattern for the whole path after the context path, whichever servlet answers it. Camunda's
     * REST APIs are Jersey servlets (/engine-rest/*, /camunda/api/engine/*, ...), not Spring MVC, and a
     * pattern matched only against a servlet's own part of the path would let them all through.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * What every answer carries besides Spring Security's defaults (X-Content-Type-Options: nosniff,
     * X-Frame-Options: DENY, no caching, and Strict-Transport-Security on HTTPS requests).
     */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private AuthorizationManager<RequestAuthorizationContext> administratorOrScrapeToken() {
        return AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole(Roles.ADMIN),
                new MetricsScrapeToken(settings.metricsToken()));
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
