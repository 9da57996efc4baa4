package org.lotuspathway.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Values that do not convert, in the ways our pages and API calls take them (a path variable, a
 * request parameter, a form record without a BindingResult), answered by the application's own
 * advice: a 400 page for pages, a 400 {@link ApiError} naming the parameter for JSON.
 */
class BadRequestsTests {

    enum Colour { RED, GREEN }

    record Filter(Colour colour, Integer page) {
    }

    record NewThing(@NotBlank(message = "Give the thing a name") String name) {
    }

    @Controller
    static class Pages {

        @GetMapping("/things/{id}")
        String thing(@PathVariable long id, @RequestParam(required = false) Colour colour) {
            return "thing";
        }

        @GetMapping("/things")
        String things(@ModelAttribute Filter filter) {
            return "things";
        }

        @GetMapping("/things.json")
        @ResponseBody
        Map<String, String> json(@RequestParam Colour colour) {
            return Map.of("colour", colour.name());
        }
    }

    @RestController
    static class Api {

        @GetMapping("/api/things")
        List<String> things(@RequestParam Colour colour) {
            return List.of(colour.name());
        }

        @PostMapping("/api/things")
        NewThing add(@Valid @RequestBody NewThing thing) {
            return thing;
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages(), new Api())
            .setControllerAdvice(new ApiErrors(), new BadRequests()).build();

    @Test
    void aPageGivenAValueItCannotUseSaysItWasNotUnderstood() throws Exception {
        mvc.perform(get("/things/{id}", "seven")).andExpect(status().isBadRequest()).andExpect(view().name("error"));
        mvc.perform(get("/things/7").param("colour", "PURPLE")).andExpect(status().isBadRequest())
                .andExpect(view().name("error"));
        mvc.perform(get("/things").param("colour", "PURPLE")).andExpect(status().isBadRequest())
                .andExpect(view().name("error"));
        mvc.perform(get("/things/7").param("colour", "GREEN")).andExpect(status().isOk());
    }

    @Test
    void theApiNamesTheParameterAndWhatItMustBe() throws Exception {
        mvc.perform(get("/api/things").param("colour", "PURPLE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.colour").value("colour must be one of RED, GREEN"));
        mvc.perform(get("/api/things")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.colour").value("colour is required"));
        mvc.perform(get("/things.json").param("colour", "PURPLE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.colour").value("colour must be one of RED, GREEN"));
        mvc.perform(post("/api/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Some fields need attention"))
                .andExpect(jsonPath("$.errors.name").value("Give the thing a name"));
    }
}
