package org.lotuspathway.wellbeing;

import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.support.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pausing and resuming a case, as the web layer alone sees it: who may, CSRF, what the form binds
 * and what the user is told. That the pause stops the case's deadlines is CasePauseTests' part.
 */
@WebSlice(PauseController.class)
class PauseControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CasePauses pauses;

    @Test
    void aWellbeingContactPausesWithAReasonAndIsToldWhatThatMeans() throws Exception {
        mvc.perform(post("/cases/{key}/pause", "PSC-2026-00001").param("reason", "Off sick for two weeks")
                        .with(as("wellbeing", "wellbeing")).with(csrf()))
                .andExpect(redirectedUrl("/cases/PSC-2026-00001"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("The case is paused")));
        verify(pauses).pause("PSC-2026-00001", "Off sick for two weeks", "wellbeing");
    }

    @Test
    void aRefusedPauseComesBackWithItsReasonAndNoError() throws Exception {
        doThrow(InvalidSubmission.of("reason", "Say why the case is paused, without health details"))
                .when(pauses).pause(anyString(), any(), anyString());

        mvc.perform(post("/cases/{key}/pause", "PSC-2026-00001").with(as("ro", "ro")).with(csrf()))
                .andExpect(redirectedUrl("/cases/PSC-2026-00001"))
                .andExpect(flash().attribute("problem", "Say why the case is paused, without health details"));
    }

    @Test
    void panelMembersLeadsAndPractitionersMayNotPauseACase() throws Exception {
        for (String role : new String[] {"pag", "lead", "practitioner", "learning"}) {
            mvc.perform(post("/cases/{key}/pause", "PSC-2026-00001").param("reason", "x")
                    .with(as("someone", role)).with(csrf())).andExpect(status().isForbidden());
        }
        verifyNoInteractions(pauses);
    }

    @Test
    void withoutItsCsrfTokenNothingIsPaused() throws Exception {
        mvc.perform(post("/cases/{key}/pause", "PSC-2026-00001").param("reason", "x").with(as("ro", "ro")))
                .andExpect(refusedForWantOfCsrf());
        verifyNoInteractions(pauses);
    }
}
