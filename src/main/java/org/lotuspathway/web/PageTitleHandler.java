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
 * Titles every page "What the page is - Lotus Pathway", and "Error: What the page is - Lotus
 * Pathway" when it shows an error: a {@code problem} (the layout's banner), non-empty {@code errors}
 * or {@code problems} (a form's error summary), or a form binding with errors. Works on the
 * {@code <title>} in {@code <head>}, not an SVG's. A title that already starts with "Error:" or ends
 * with the service's name is left so; a page that keeps its error under another name says so in its
 * own title (sign in's {@code failed}). Public, as Thymeleaf makes one per page.
 */
public final class PageTitleHandler extends AbstractTemplateHandler {

    static final String PREFIX = "Error: ";
    static final String SERVICE = "Lotus Pathway";

    private boolean inHead;
    private boolean inTitle;
    private boolean done;
    private final StringBuilder title = new StringBuilder();

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
            boolean first = title.isEmpty();
            title.append(text.getText());
            if (first && !text.getText().strip().startsWith(PREFIX.strip()) && showsAnError(getContext())) {
                super.handleText(getContext().getModelFactory().createText(PREFIX + text.getText().stripLeading()));
                return;
            }
        }
        super.handleText(text);
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (inTitle && "title".equals(tag.getElementCompleteName())) {
            String said = title.toString().strip();
            if (!said.endsWith(SERVICE)) {
                super.handleText(getContext().getModelFactory().createText(said.isEmpty() ? SERVICE : " - " + SERVICE));
            }
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
