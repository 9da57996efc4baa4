package org.lotuspathway.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A period with nothing in it: each chart says so, instead of a table of headings and no rows. */
@PathwayTest
class InsightsEmptyPeriodTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aPeriodWithNoCasesSaysThereIsNothingToCount() throws Exception {
        // found by the crawl: "Time in each stage" showed a table with headings and no rows
        Document page = html(mvc.perform(get("/insights?from=2001-01-01&to=2001-01-31").with(as("lead", "lead")))
                .andExpect(status().isOk()).andReturn());

        var charts = page.select("section:has(.lotus-chart)");
        assertThat(charts).isNotEmpty();
        assertThat(charts).filteredOn(chart -> chart.select("table tbody tr").isEmpty())
                .allSatisfy(chart -> assertThat(chart.select(".lotus-no-numbers").text())
                        .isEqualTo("Nothing to count in this period yet."));
        assertThat(page.select(".lotus-no-numbers")).isNotEmpty();
    }
}
