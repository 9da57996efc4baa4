package org.lotuspathway.learning;

import java.util.List;
import java.util.Set;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.process.LiveOptions;
import org.springframework.stereotype.Component;

/** The review form's learning themes, as leads keep them today, in place of the form's fixed list. */
@Component
class ThemeOptions implements LiveOptions {

    static final String FIELD = "learningThemes";

    private final LearningThemes themes;

    ThemeOptions(LearningThemes themes) {
        this.themes = themes;
    }

    @Override
    public Set<String> fieldKeys() {
        return Set.of(FIELD);
    }

    @Override
    public List<FormField.Option> options() {
        return themes.active().stream().map(theme -> new FormField.Option(theme.code(), theme.name())).toList();
    }
}
