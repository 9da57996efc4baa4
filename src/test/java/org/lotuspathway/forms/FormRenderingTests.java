package org.lotuspathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Every form in {@code forms/} renders server-side: a labelled control for each field, answers kept, errors shown. */
@PathwayTest
class FormRenderingTests {

    @Autowired
    SpringTemplateEngine templates;

    static java.util.stream.Stream<String> forms() throws Exception {
        return FormValidatorTests.forms();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFieldHasALabelledControl(String formId) {
        FormSchema schema = FormAnswers.schema(formId);

        Document page = render(schema, Map.of(), Map.of());

        for (FormField field : schema.fields()) {
            Element control = page.selectFirst("[name=" + field.key() + "]");
            assertThat(control).as(formId + " " + field.key()).isNotNull();
            assertThat(page.select("label[for=" + control.id() + "]")).as("label for " + field.key()).hasSize(1);
            if (field.hasOptions()) {
                assertThat(page.select("[name=" + field.key() + "][value], select[name=" + field.key() + "] option[value]")
                        .eachAttr("value"))
                        .as(field.key()).containsAll(field.options().stream().map(FormField.Option::value).toList());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void answersAreKeptAndEachErrorStandsByItsField(String formId) {
        FormSchema schema = FormAnswers.schema(formId);
        Map<String, Object> answers = FormAnswers.valid(formId, LocalDate.of(2026, 11, 20));
        Map<String, String> errors = new HashMap<>();
        schema.fields().forEach(field -> errors.put(field.key(), "Problem with " + field.key()));

        Document page = render(schema, answers, errors);

        for (FormField field : schema.fields()) {
            assertThat(page.select("#error-" + field.key()).text()).contains("Problem with " + field.key());
            assertThat(page.select(".nhsuk-error-summary a[href=#field-" + field.key() + "]")).hasSize(1);
            assertThat(page.select("#field-" + field.key())).as("summary link target " + field.key()).hasSize(1);
        }
        answers.forEach((key, value) -> {
            String shown = value instanceof java.util.List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value);
            boolean kept = page.select("[name=" + key + "]").stream().anyMatch(control ->
                    control.hasAttr("checked") && (control.val().equals(shown) || "true".equals(shown))
                            || control.is("textarea") && control.text().equals(shown)
                            || control.is("input[type=text], input[type=date]") && control.val().equals(shown)
                            || control.is("select") && control.select("option[selected]").val().equals(shown));
            assertThat(kept).as(formId + " keeps " + key + " = " + shown).isTrue();
        });
    }

    private Document render(FormSchema schema, Map<String, ?> values, Map<String, String> errors) {
        Context context = new Context();
        context.setVariable("form", schema);
        context.setVariable("values", values);
        context.setVariable("errors", errors);
        return Jsoup.parse(templates.process("test/form", context));
    }
}
