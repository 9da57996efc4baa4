package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every answer carries the headers that keep a browser safe: a Content-Security-Policy that allows
 * only this site's own scripts and styles, no framing, no sniffing, a same-origin referrer, no
 * powerful features, and HSTS on HTTPS. The templates need nothing more: no inline script, no
 * style attribute, no event handler attribute.
 */
@PathwayTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;

    @Test
    void ourPagesAllowOnlyThisSitesOwnScriptsAndStyles() throws Exception {
        String key = driver.raise();
        for (ResultActions page : List.of(mvc.perform(get("/login")), mvc.perform(get("/tasks").with(caseManager())),
                mvc.perform(get("/cases/{key}", key).with(caseManager())))) {
            page.andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                    .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
                    .andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline", "unsafe-eval", "*")
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    }

    /**
     * The editor pages may also have style attributes, and style elements carrying the page's own
     * nonce (CodeMirror's), a new one each request; still no inline script.
     */
    @Test
    void theLeadsEditorsMayAlsoSetStylesButStillRunNoInlineScript() throws Exception {
        String page = "/modeler/edit?file=processes/triage-risk.dmn";
        var first = mvc.perform(get(page).with(as("lead", Roles.LEAD))).andExpect(status().isOk()).andReturn().getResponse();
        var second = mvc.perform(get(page).with(as("lead", Roles.LEAD))).andExpect(status().isOk()).andReturn().getResponse();

        String nonce = org.jsoup.Jsoup.parse(first.getContentAsString()).getElementById("maincontent").attr("data-style-nonce");
        assertThat(nonce).matches("[A-Za-z0-9+/]{24}");
        assertThat(first.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.editorContentSecurityPolicy(nonce))
                .contains("script-src 'self';", "style-src 'self' 'nonce-" + nonce + "';", "style-src-attr 'unsafe-inline'")
                .doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'");
        assertThat(second.getHeader("Content-Security-Policy")).doesNotContain(nonce);
        mvc.perform(get("/modeler").with(as("lead", Roles.LEAD))).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-")));
    }

    @Test
    void overHttpsBrowsersAreToldToUseNothingElse() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void theApiAndTheActuatorAnswerWithNothingABrowserCouldRun() throws Exception {
        mvc.perform(get("/api/concerns/{key}", Endpoints.NO_SUCH_CASE).with(caseManager()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void pagesLoadScriptsOnlyFromAssetsAndHaveNoInlineStylesOrHandlers() throws Exception {
        String key = driver.raise();
        for (String path : List.of("/tasks", "/cases/" + key, "/concerns/new",
                "/tasks/" + driver.openTasks(key).get(0).getId())) {
            assertNothingInline(Jsoup.parse(mvc.perform(get(path).with(as("admin", Roles.ADMIN, Roles.CASE_MANAGER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()), path);
        }
    }

    /** A check of every template, so that a page added later needs no 'unsafe-inline' either. */
    @Test
    void noTemplateHasAnInlineScriptAStyleAttributeOrAnEventHandler() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                assertNothingInline(Jsoup.parse(html), template.toString());
                assertThat(html).as(template.toString()).doesNotContainPattern("th:style\\s*=")
                        .doesNotContainPattern("th:on[a-z]+\\s*=").doesNotContain("javascript:");
            }
        }
    }

    private static void assertNothingInline(Document page, String where) {
        for (Element script : page.select("script")) {
            assertThat(script.attr("src") + script.attr("th:src")).as(where + ": every script has a src").isNotBlank();
            assertThat(script.data()).as(where + ": and nothing inside").isBlank();
        }
        assertThat(page.select("style")).as(where + ": no <style> element").isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(where + ": " + element.tagName())
                        .isNotEqualTo("style").doesNotStartWith("on");
            }
        }
    }
}
