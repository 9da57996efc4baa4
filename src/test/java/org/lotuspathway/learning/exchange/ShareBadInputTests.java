package org.lotuspathway.learning.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What a lead may type or upload wrongly when sharing learning gets a plain answer, never a server error. */
@PathwayTest
class ShareBadInputTests {

    static final RequestPostProcessor LEAD = as("lead", "lead");
    /** Deeper than any bundle nests, and than the reader allows. */
    static final String NESTED = "[".repeat(40) + "]".repeat(40);

    @Autowired
    MockMvc mvc;

    @Test
    void anEmptyReviewChoiceChoosesNothingAndThePreviewAndDownloadStillAnswer() throws Exception {
        mvc.perform(get("/learning/share?review=1&review=").with(LEAD)).andExpect(status().isOk());
        mvc.perform(get("/learning/share?review=,").with(LEAD)).andExpect(status().isOk());

        String bundle = mvc.perform(post("/learning/share/download").param("review", ",").with(LEAD).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bundle).contains("\"schemaVersion\"");
    }

    @Test
    void monthsBeyondTheYearsAnyoneMeansAreRefusedAndTheLastTwelveMonthsShown() throws Exception {
        for (String[] months : new String[][] {{"-999999999-01-01", "-999999999-01-01"},
            {"+999999999-12-31", "+999999999-12-31"}, {"", "1999-01"}}) {
            Document page = html(mvc.perform(get("/learning/share").param("from", months[0]).param("to", months[1])
                    .with(LEAD)).andExpect(status().isBadRequest()).andReturn());

            assertThat(page.text()).as(String.join(" to ", months)).contains("Choose months from the year 2000 to 2100",
                    "the last twelve months are shown");
        }
        for (String button : new String[] {"/learning/share/download", "/learning/share/publish"}) {
            mvc.perform(post(button).param("from", "1999-01").with(LEAD).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/learning/share"))
                    .andExpect(flash().attribute("problem", "Choose months from the year 2000 to 2100"));
        }
    }

    @Test
    void aBundleNestedDeeperThanAnyIsRefusedPlainly() throws Exception {
        String answer = mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                .content(NESTED)).andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("The bundle is not valid JSON: it nests deeper");

        Document page = html(mvc.perform(multipart("/learning/share/import").file(new MockMultipartFile("bundle",
                "b.json", "application/json", NESTED.getBytes(StandardCharsets.UTF_8))).with(LEAD).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(page.text()).contains("it nests deeper");
    }
}
