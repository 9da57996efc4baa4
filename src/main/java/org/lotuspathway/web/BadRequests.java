package org.lotuspathway.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request whose address, parameters or body do not convert to, or validate as, what a page or
 * API call takes (a choice none of our enums has, a word where a number goes, a parameter left
 * out) is a 400 with a plain answer, never a 500: the "not understood" page, or, for the JSON API
 * and other JSON answers, an {@link ApiError} with a message per field. A controller's own
 * handlers come first; this comes before {@link ApiErrors}, which applies to pages too.
 */
@ControllerAdvice(basePackages = "org.lotuspathway")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BadRequests {

    static final String PAGE = "error";

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class})
    Object notUnderstood(Exception problem, HandlerMethod handler) {
        if (!answersJson(handler)) {
            ModelAndView page = new ModelAndView(PAGE, HttpStatus.BAD_REQUEST);
            page.addObject("status", HttpStatus.BAD_REQUEST.value());
            return page;
        }
        if (problem instanceof BindException binding) {
            return ApiErrors.invalid(binding.getBindingResult());
        }
        if (problem instanceof MethodArgumentTypeMismatchException mismatch) {
            return ApiErrors.badRequest(Map.of(mismatch.getName(),
                    mismatch.getName() + " " + ApiErrors.valueMessage(mismatch.getRequiredType())));
        }
        String missing = ((MissingServletRequestParameterException) problem).getParameterName();
        return ApiErrors.badRequest(Map.of(missing, missing + " is required"));
    }

    private static boolean answersJson(HandlerMethod handler) {
        return handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }
}
