package org.lotuspathway.speakup;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reports raised as someone would, each test from client addresses of its own (limits are per client). */
final class SpeakUpFixtures {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    SpeakUpFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A client address no other test uses, so that no test spends another's allowance. */
    static String newClient() {
        int n = NEXT_CLIENT.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static Map<String, Object> anonymous(String whatHappened, boolean atRisk) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("route", "ANONYMOUS");
        report.put("about", Map.of("name", "Dr Ann Example", "profession", "GP", "workplace", "Riverside Surgery"));
        report.put("whatHappened", whatHappened);
        report.put("patientsAtRiskNow", atRisk);
        return report;
    }

    static Map<String, Object> named(String route, String raiserName, String email, String whatHappened) {
        Map<String, Object> report = anonymous(whatHappened, false);
        report.put("route", route);
        report.put("raiser", Map.of("name", raiserName, "email", email, "phone", "01632 960123", "role", "Practice nurse"));
        return report;
    }

    MvcResult post(Map<String, Object> report, String client) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/speak-up")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(report))
                .with(from(client))).andReturn();
    }

    /** Raises it through the API and answers its body: reference, and the access code when anonymous. */
    JsonNode raise(Map<String, Object> report) throws Exception {
        MvcResult result = post(report, newClient());
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Not raised: " + result.getResponse().getStatus() + " "
                    + result.getResponse().getContentAsString());
        }
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    MvcResult status(String accessCode, String client) throws Exception {
        return mvc.perform(get("/api/speak-up/{code}", accessCode).with(from(client))).andReturn();
    }

    JsonNode status(String accessCode) throws Exception {
        return JSON.readTree(status(accessCode, newClient()).getResponse().getContentAsString());
    }

    /** A case manager records the screening on the report's page. */
    MvcResult screen(String reference, Map<String, String> answers) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/speak-up/reports/{ref}", reference).with(csrf())
                .with(org.lotuspathway.support.Pages.caseManager());
        answers.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    MvcResult answerWithCode(String code, String answer) throws Exception {
        return mvc.perform(publicForm("/speak-up/follow-up").param("code", code).param("answer", answer)
                .with(from(newClient()))).andReturn();
    }

    /**
     * A POST to a public page carrying the token its form was given, as a browser would send it.
     * (spring-security-test's csrf() would swap the page's cookie-kept tokens for session-kept ones,
     * for every later request too, and a session is what these pages must never need.)
     */
    MockHttpServletRequestBuilder publicForm(String path) throws Exception {
        MvcResult form = mvc.perform(get("/speak-up/raise").with(from(newClient()))).andReturn();
        Cookie cookie = form.getResponse().getCookie("LOTUS-SPEAK-UP-CSRF");
        String token = Jsoup.parse(form.getResponse().getContentAsString()).select("input[name=_csrf]").val();
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).cookie(cookie)
                .param("_csrf", token);
    }

    static Map<String, String> accept(String gmcNumber) {
        return Map.of("decision", "ACCEPT", "practitionerName", "Dr Ann Example", "profession", "GP",
                "register", "GMC", "registerNumber", gmcNumber, "source", "ANONYMOUS", "concernAreas", "CONDUCT");
    }
}
