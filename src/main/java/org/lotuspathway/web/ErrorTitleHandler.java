package org.lotuspathway.web;

import java.util.Collection;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;

/**
 * Puts "Error: " before the text of the page's title (the {@code <title>} in {@code <head>}, not an
 * SVG's) when the page shows an error: a {@code problem} (the layout's banner), non-empty
 * {@code errors} or {@code problems} (a form's error summary), or a form binding with errors. A
 * title that already starts with "Error:" is left alone; a page that keeps its error under another
 * name says so in its own title (sign in's {@code failed}). Public, as Thymeleaf makes one per page.
 */
public final class ErrorTitleHandler extends AbstractTemplateHandler {

    static final String PREFIX = "Error: ";

    private boolean inHead;
    private boolean inTitle;
    private boolean done;

    @Override
    public void handleOpenElement(IOpenElementTag tag) {
        if (!done && "head".equals(tag.getElementCompleteName())) {
            inHead = true;
        } else if (inHead && "title".equals(tag.getElementCompleteName())) {
            inTitle = true;
        }
        super.handleOpenElement(tag);
    }

    @Override
    public void handleText(IText text) {
        if (inTitle && !done) {
            done = true;
            if (!text.getText().strip().startsWith(PREFIX.strip()) && showsAnError(getContext())) {
                super.handleText(getContext().getModelFactory().createText(PREFIX + text.getText().stripLeading()));
                return;
            }
        }
        super.handleText(text);
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (inTitle && "title".equals(tag.getElementCompleteName())) {
            inTitle = false;
            done = true;
        } else if (inHead && "head".equals(tag.getElementCompleteName())) {
            inHead = false;
            done = true;
        }
        super.handleCloseElement(tag);
    }

    static boolean showsAnError(ITemplateContext page) {
        if (page.getVariable("problem") instanceof String problem && !problem.isBlank()) {
            return true;
        }
        if (notEmpty(page.getVariable("errors")) || notEmpty(page.getVariable("problems"))) {
            return true;
        }
        return page.getVariableNames().stream().filter(name -> name.startsWith(BindingResult.MODEL_KEY_PREFIX))
                .map(page::getVariable).anyMatch(binding -> binding instanceof BindingResult result && result.hasErrors());
    }

    private static boolean notEmpty(Object value) {
        return value instanceof Map<?, ?> map ? !map.isEmpty() : value instanceof Collection<?> list && !list.isEmpty();
    }
}
