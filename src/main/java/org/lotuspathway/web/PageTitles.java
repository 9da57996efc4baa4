package org.lotuspathway.web;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.springframework.stereotype.Component;

/**
 * Every page's title says what the page is and then the service ("Cases - Lotus Pathway"), and one
 * that shows an error summary or a problem banner starts with "Error: " (WCAG 2.2, 2.4.2 and 3.3.1,
 * as the NHS and GOV.UK design systems ask), decided once here rather than in each template: the
 * title is the first thing a screen reader says when a page opens or a refused form comes back.
 * Spring Boot adds every dialect bean to Thymeleaf; {@link PageTitleHandler} does the work.
 */
@Component
class PageTitles extends AbstractDialect implements IPostProcessorDialect {

    PageTitles() {
        super("Page titles");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, PageTitleHandler.class, 1000));
    }
}
