package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms made of what the server renders and checks, and no more of it than it can bear: component
 * types on a list, patterns few per form, nesting shallow (issue 13d).
 */
@PathwayTest
class FormChecksTests {

    private static final String FIELD = "\"type\": \"textarea\",\n      \"key\": \"agreedActions\"";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    PathwayVersions versions;

    /**
     * Patterns that exhausted the server's memory or stack as RE2/J compiled them, patterns that are
     * not text, and field rules out of bounds, each with a variation; for DeploymentChecksTests,
     * which puts each in place of the first field's validate.
     */
    static List<Arguments> patternAndRuleRefusals() {
        return List.of(
                Arguments.of("counts nested three deep", "\"validate\": { \"pattern\": \"(?:(?:a{1000}){1000}){1000}\",",
                        "Field_agreedActions", "has the count {1000}: counts go from 0 to 100"),
                Arguments.of("small counts nested three deep", "\"validate\": { \"pattern\": \"(?:(?:a{10}){10}){10}\",",
                        "Field_agreedActions", "repeats a part that itself repeats"),
                Arguments.of("a counted range repeated by a range", "\"validate\": { \"pattern\": \"^(a{1,1000}){1,1000}$\",",
                        "Field_agreedActions", "has the count {1,1000}"),
                Arguments.of("a small counted range repeated", "\"validate\": { \"pattern\": \"^(a{1,100}){1,100}$\",",
                        "Field_agreedActions", "repeats a part that itself repeats"),
                Arguments.of("a pattern given as a list", "\"validate\": { \"pattern\": [\"(a+)+\"],",
                        "Field_agreedActions", "The pattern must be text, such as"),
                Arguments.of("a pattern given as an object", "\"validate\": { \"pattern\": {\"source\": \"(a+)+\"},",
                        "Field_agreedActions", "not an object"),
                Arguments.of("a pattern given as a number", "\"validate\": { \"pattern\": 5,", "Field_agreedActions", "not a number"),
                Arguments.of("a negative length", "\"validate\": { \"minLength\": -1,", "Field_agreedActions",
                        "validate.minLength must be a whole number from 0 to 20000, not -1"),
                Arguments.of("a length as text", "\"validate\": { \"minLength\": \"10\",", "Field_agreedActions",
                        "validate.minLength must be a whole number from 0 to 20000, not \"10\""),
                Arguments.of("a length past any answer", "\"validate\": { \"minLength\": 1000000000000,", "Field_agreedActions",
                        "not 1000000000000"),
                Arguments.of("a negative least number", "\"validate\": { \"min\": -5,", "Field_agreedActions",
                        "validate.min must be a number from 0 to 1000000000, not -5"),
                Arguments.of("a greatest number as text", "\"validate\": { \"max\": \"9\",", "Field_agreedActions",
                        "validate.max must be a number from 0 to 1000000000"),
                Arguments.of("a rule the server does not check", "\"validate\": { \"validationType\": \"email\",",
                        "Field_agreedActions", "validate.validationType is not allowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "html", "iframe", "image", "button", "expression", "dynamiclist", "table", "TEXTAREA", "default"})
    void aComponentOfAnotherTypeIsRefused(String type) {
        String live = versions.live("forms/local-resolution.form").content();
        String form = live.replace(FIELD, "\"type\": \"" + type + "\",\n      \"key\": \"agreedActions\"");
        assertThat(form).isNotEqualTo(live);

        assertThat(deployments.check(List.of(new ModelFile("forms/local-resolution.form", form)))).anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo("Field_agreedActions");
            assertThat(p.message()).contains("The component type \"" + type + "\" is not allowed");
        });
    }

    @Test
    void aComponentWithAnUnreadableTypeIsRefused() {
        String form = versions.live("forms/local-resolution.form").content()
                .replace(FIELD, "\"type\": [\"textarea\"],\n      \"key\": \"agreedActions\"");

        assertThat(deployments.check(List.of(new ModelFile("forms/local-resolution.form", form))))
                .anySatisfy(p -> assertThat(p.message()).contains("The component type [\"textarea\"] is not allowed"));
    }

    @Test
    void aSpacerAndASeparatorAreFine() {
        String form = versions.live("forms/local-resolution.form").content().replace("\"components\": [",
                "\"components\": [ { \"type\": \"spacer\", \"id\": \"Spacer_1\" }, { \"type\": \"separator\", \"id\": \"Separator_1\" },");

        assertThat(deployments.check(List.of(new ModelFile("forms/local-resolution.form", form)))).isEmpty();
    }

    @Test
    void twentyPatternsInOneFormAreRefusedAndTenAreFine() {
        assertThat(deployments.check(List.of(new ModelFile("forms/many-patterns.form", withPatterns(20)))))
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("forms/many-patterns.form");
                    assertThat(p.message()).contains("The form gives 20 answer patterns; keep it to 10");
                });
        assertThat(deployments.check(List.of(new ModelFile("forms/many-patterns.form", withPatterns(11)))))
                .anySatisfy(p -> assertThat(p.message()).contains("gives 11 answer patterns"));
        assertThat(deployments.check(List.of(new ModelFile("forms/many-patterns.form", withPatterns(10))))).isEmpty();
    }

    @Test
    void aFormNestedDeeperThanAnyScreenIsRefusedUnread() {
        String deep = "{\"id\": \"deep\", \"type\": \"default\", \"components\": ["
                + "{\"type\": \"group\", \"components\": [".repeat(12) + "]}".repeat(12) + "]}";
        String veryDeep = "[".repeat(100_000) + "]".repeat(100_000);

        for (String form : List.of(deep, veryDeep)) {
            assertThat(deployments.check(List.of(new ModelFile("forms/deep.form", form))))
                    .anySatisfy(p -> assertThat(p.message()).contains("The form nests more than 20 deep"));
        }
    }

    private static String withPatterns(int count) {
        String fields = IntStream.range(0, count).mapToObj(i -> """
                {"type": "textfield", "key": "answer%d", "label": "Answer %d", "id": "Field_answer%d", "validate": {"pattern": ".*"}}"""
                .formatted(i, i, i)).collect(Collectors.joining(", "));
        return "{\"id\": \"many-patterns\", \"type\": \"default\", \"components\": [" + fields + "]}";
    }
}
