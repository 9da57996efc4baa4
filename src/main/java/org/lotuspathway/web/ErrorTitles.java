package org.lotuspathway.web;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.springframework.stereotype.Component;

/**
 * Every page that shows an error summary or a problem banner starts its title with "Error: " (WCAG
 * 2.2, 2.4.2 and 3.3.1, as the NHS and GOV.UK design systems ask), decided once here rather than in
 * each template: the title is the first thing a screen reader says when the refused form comes back.
 * Spring Boot adds every dialect bean to Thymeleaf; {@link ErrorTitleHandler} does the work.
 */
@Component
class ErrorTitles extends AbstractDialect implements IPostProcessorDialect {

    ErrorTitles() {
        super("Error titles");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, ErrorTitleHandler.class, 1000));
    }
}
