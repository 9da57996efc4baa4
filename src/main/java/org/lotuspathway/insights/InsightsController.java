package org.lotuspathway.insights;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.web.ApiError;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Insights for process leads and the Responsible Officer: where the pathway is slow, unkind or
 * unfair. Each chart's numbers come from the server, as a table on the page and as JSON (which
 * {@code /insights/charts.js} draws) and CSV to download.
 */
@Controller
@RequestMapping("/insights")
@PreAuthorize("hasAnyRole('lead', 'ro')")
class InsightsController {

    static final String INSIGHTS = "insights/insights";

    private final List<InsightChart> charts;
    private final PathwayClock clock;
    private final ObjectMapper json;

    InsightsController(List<InsightChart> charts, PathwayClock clock, ObjectMapper json) {
        this.charts = charts;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping
    String page(@ModelAttribute("periodForm") PeriodForm form, BindingResult binding, Model model) {
        Period period = periodOrUsual(form, binding, model);
        model.addAttribute("period", period);
        List<Chart> computed = charts.stream().map(chart -> chart.compute(period)).toList();
        model.addAttribute("charts", computed);
        // each chart's numbers go with the page, so that its script need not ask for them again
        Map<String, String> chartJson = new HashMap<>();
        for (Chart chart : computed) {
            chartJson.put(chart.id(), asJson(chart));
        }
        model.addAttribute("chartJson", chartJson);
        return INSIGHTS;
    }

    private String asJson(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart " + chart.id() + " cannot be written as JSON", e);
        }
    }

    @GetMapping(value = "/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> json(@PathVariable String id, @ModelAttribute PeriodForm form, BindingResult binding) {
        Optional<InsightChart> chart = chart(id);
        if (chart.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        AskedPeriod asked = AskedPeriod.of(form, binding, clock.today());
        return asked.isValid() ? ResponseEntity.ok(chart.get().compute(asked.period()))
                : ResponseEntity.badRequest().body(ApiError.of(400, asked.problem()));
    }

    @GetMapping("/{id}.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@PathVariable String id, @ModelAttribute PeriodForm form, BindingResult binding) {
        Optional<InsightChart> chart = chart(id);
        if (chart.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        AskedPeriod asked = AskedPeriod.of(form, binding, clock.today());
        if (!asked.isValid()) {
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(asked.problem().getBytes(StandardCharsets.UTF_8));
        }
        Chart numbers = chart.get().compute(asked.period());
        return ChartCsv.of(numbers).download(numbers.id() + "-" + asked.period().slug() + ".csv");
    }

    private Optional<InsightChart> chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
    }

    private Period periodOrUsual(PeriodForm form, BindingResult binding, Model model) {
        AskedPeriod asked = AskedPeriod.of(form, binding, clock.today());
        if (asked.isValid()) {
            return asked.period();
        }
        model.addAttribute("problem", asked.problem() + ". The last twelve months are shown.");
        model.addAttribute("periodForm", new PeriodForm(null, null));
        return Period.lastTwelveMonths(clock.today());
    }
}
