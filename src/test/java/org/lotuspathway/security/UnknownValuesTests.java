package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.security.Endpoints.noServerError;
import static org.lotuspathway.support.Pages.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Endpoints.Endpoint;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.lotuspathway.web.OneOf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A value that none of our choices has, sent to every page and API call for every request
 * parameter that Spring binds to one of our enums, or that names one ({@link OneOf}), found from
 * the handler methods themselves, so that a form added later is covered: each is refused with a 4xx or answered with an explaining page,
 * never a 500.
 */
@PathwayTest
class UnknownValuesTests {

    private static final String UNKNOWN = "NOT_ONE_OF_THEM";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;

    @Test
    void theSuiteFindsTheChoicesOurFormsAndFiltersBind() {
        Set<String> all = new LinkedHashSet<>();
        enumParameters().values().forEach(all::addAll);
        assertThat(all).contains("kind", "view", "stage", "riskBand", "status", "factor", "area", "profession");
    }

    @Test
    void anUnknownChoiceIsNeverAServerError() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "LOCAL_REMEDIATION");
        driver.sendUpdate(key);
        String letter = String.valueOf(updates.findByConcernOrderByRecordedAtAsc(
                concerns.findByBusinessKey(key).orElseThrow()).get(0).id());
        Map<String, String> real = Map.of("businessKey", key, "updateId", letter,
                "taskId", driver.openTasks(key).get(0).getId());
        RequestPostProcessor everyTeam = as("admin", Roles.ADMIN, Roles.CASE_MANAGER, Roles.PANEL,
                Roles.RESPONSIBLE_OFFICER, Roles.WELLBEING, Roles.LEAD, Roles.LEARNING);
        RequestPostProcessor practitioner = as("practitioner", Roles.PRACTITIONER);

        for (Map.Entry<Endpoint, Set<String>> choices : enumParameters().entrySet()) {
            Endpoint endpoint = choices.getKey();
            RequestPostProcessor person = endpoint.pattern().startsWith("/portal") ? practitioner : everyTeam;
            MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path(real)).with(person)
                    .with(csrf()).param("message", "Hello");
            choices.getValue().forEach(name -> request.param(name, UNKNOWN));
            int status = mvc.perform(request).andExpect(noServerError()).andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint + " " + choices.getValue()).isIn(200, 302, 400, 403, 404);
        }
    }

    @Test
    void aValueThatDoesNotConvertIsABadRequestOnPagesAndInTheApi() throws Exception {
        RequestPostProcessor learner = as("learner", Roles.LEARNING);
        for (String page : List.of("/learning/reviews/not-a-number", "/learning/reviews/1?anonymised=maybe")) {
            String body = mvc.perform(get(page).with(learner)).andExpect(status().isBadRequest()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(body).as(page).contains("That request was not understood").doesNotContain("Exception");
        }
        mvc.perform(post("/api/concerns").with(as("casemanager", Roles.CASE_MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"practitioner": {"name": "Dr A", "profession": "WIZARD", "register": "GMC",
                                 "registerNumber": "7000001"}, "source": "PATIENT_COMPLAINT", "concernAreas": ["CLINICAL"],
                                 "summary": "x", "receivedOn": "2026-01-05"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['practitioner.profession']").value(org.hamcrest.Matchers.startsWith(
                        "practitioner.profession must be one of")));
    }

    /** For each endpoint, the request parameters that Spring converts to one of our enums. */
    private Map<Endpoint, Set<String>> enumParameters() {
        Map<Endpoint, Set<String>> found = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.lotuspathway")) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                names.addAll(enumNames(parameter));
            }
            if (!names.isEmpty()) {
                Set<HttpMethod> methods = new LinkedHashSet<>();
                mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.asHttpMethod()));
                if (methods.isEmpty()) {
                    methods.add(HttpMethod.GET);
                }
                for (String pattern : mapping.getKey().getPatternValues()) {
                    methods.forEach(method -> found.put(new Endpoint(method, pattern), names));
                }
            }
        }
        return found;
    }

    private static List<String> enumNames(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
            return isOurEnum(parameter.getGenericParameterType()) ? List.of(name) : List.of();
        }
        Class<?> type = parameter.getParameterType();
        // a form or filter bound from request parameters; JSON bodies are ApiErrors' business
        if (type.isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(component -> isOurEnum(component.getGenericType()) || isAChoice(type, component))
                    .map(RecordComponent::getName).toList();
        }
        return List.of();
    }

    /** Raw text that must name one of an enum's values. */
    private static boolean isAChoice(Class<?> form, RecordComponent component) {
        try {
            return form.getDeclaredField(component.getName()).isAnnotationPresent(OneOf.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isOurEnum(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isEnum() && plain.getPackageName().startsWith("org.lotuspathway");
        }
        return type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && isOurEnum(generic.getActualTypeArguments()[0]);
    }
}
