package org.lotuspathway.insights.equality;

import java.util.List;

import org.lotuspathway.insights.AskedPeriod;
import org.lotuspathway.insights.Chart;
import org.lotuspathway.insights.Period;
import org.lotuspathway.insights.PeriodForm;
import org.lotuspathway.process.PathwayClock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Equality monitoring, for process leads and the Responsible Officer only, over whole calendar
 * quarters or years ({@link PeriodForm#quarters}).
 */
@Controller
@RequestMapping("/insights")
@PreAuthorize("hasAnyRole('lead', 'ro')")
class EqualityController {

    static final String EQUALITY = "insights/equality";

    private final EqualityMonitoring monitoring;
    private final PathwayClock clock;

    EqualityController(EqualityMonitoring monitoring, PathwayClock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping("/equality")
    String page(@RequestParam(required = false) String characteristic, @ModelAttribute("periodForm") PeriodForm form,
            BindingResult binding, Model model) {
        AskedPeriod asked = AskedPeriod.ofQuarters(form, binding, clock.today());
        Characteristic chosen = characteristic == null ? Characteristic.ETHNICITY : Characteristic.byKey(characteristic);
        if (!asked.isValid() || chosen == null) {
            model.addAttribute("problem", (asked.isValid() ? "There is no such characteristic" : asked.problem())
                    + ". Ethnic group over the last four quarters is shown.");
            model.addAttribute("periodForm", new PeriodForm(null, null));
        }
        Period period = asked.isValid() ? asked.period() : Period.lastFourQuarters(clock.today());
        EqualityTable table = monitoring.table(chosen == null ? Characteristic.ETHNICITY : chosen, period);
        model.addAttribute("period", period);
        model.addAttribute("table", table);
        model.addAttribute("characteristics", List.of(Characteristic.values()));
        return EQUALITY;
    }

    @GetMapping(value = "/equality.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<EqualityTable> json(@RequestParam(required = false) String characteristic,
            @ModelAttribute PeriodForm form, BindingResult binding) {
        EqualityTable table = table(characteristic, form, binding);
        return table == null ? ResponseEntity.badRequest().build() : ResponseEntity.ok(table);
    }

    @GetMapping(value = "/equality/chart.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Chart> chart(@RequestParam(required = false) String characteristic,
            @ModelAttribute PeriodForm form, BindingResult binding) {
        EqualityTable table = table(characteristic, form, binding);
        return table == null ? ResponseEntity.badRequest().build() : ResponseEntity.ok(monitoring.chart(table));
    }

    @GetMapping("/equality.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String characteristic, @ModelAttribute PeriodForm form,
            BindingResult binding) {
        EqualityTable table = table(characteristic, form, binding);
        if (table == null) {
            return ResponseEntity.badRequest().build();
        }
        return EqualityCsv.of(table).download("equality-" + table.characteristic().key() + "-" + table.period().slug() + ".csv");
    }

    /** The table asked for, or null when the characteristic or period makes no sense. */
    private EqualityTable table(String characteristic, PeriodForm form, BindingResult binding) {
        AskedPeriod asked = AskedPeriod.ofQuarters(form, binding, clock.today());
        Characteristic chosen = characteristic == null ? Characteristic.ETHNICITY : Characteristic.byKey(characteristic);
        return asked.isValid() && chosen != null ? monitoring.table(chosen, asked.period()) : null;
    }
}
