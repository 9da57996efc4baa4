package org.lotuspathway.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in as a demo user, and reading the pages the app answers with. */
public final class Pages {

    private Pages() {
    }

    /** Signed in as a user with their groups as roles, as {@code CamundaIdentityAuthentication} would. */
    public static RequestPostProcessor as(String user, String... groups) {
        List<SimpleGrantedAuthority> roles = java.util.Arrays.stream(groups)
                .map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, roles));
    }

    public static RequestPostProcessor caseManager() {
        return as("casemanager", "casemanager");
    }

    public static RequestPostProcessor panelMember() {
        return as("pag", "pag");
    }

    public static RequestPostProcessor responsibleOfficer() {
        return as("ro", "ro");
    }

    public static RequestPostProcessor practitioner() {
        return as("practitioner", "practitioner");
    }

    /**
     * A form posted without its CSRF token changes nothing: refused outright (403), or, where there
     * is no session at all, sent to sign in again.
     */
    public static ResultMatcher refusedForWantOfCsrf() {
        return result -> {
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getRedirectedUrl();
            if (status != 403 && !(status == 302 && location != null && location.startsWith("/login"))) {
                throw new AssertionError("Expected a refusal but got " + status + " " + location);
            }
        };
    }

    public static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
