package org.lotuspathway.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolationException;

import org.lotuspathway.concern.UnknownConcern;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the JSON API gets a clear answer with a message per field, never a 500. Parameters
 * and bodies that fail to convert or validate are {@link BadRequests}' (for pages and API alike).
 */
@RestControllerAdvice(basePackages = "org.lotuspathway", annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalid(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.putIfAbsent(fieldOf(v.getPropertyPath().toString()), v.getMessage()));
        return badRequest(errors);
    }

    @ExceptionHandler(InvalidSubmission.class)
    ResponseEntity<ApiError> invalid(InvalidSubmission e) {
        return badRequest(e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = mapping instanceof UnrecognizedPropertyException ? "is not a field this API knows"
                    : mapping instanceof InvalidFormatException invalid ? valueMessage(invalid)
                    : "has the wrong type";
            return badRequest(Map.of(field, field + " " + message));
        }
        if (e.getCause() instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return ResponseEntity.badRequest().body(ApiError.of(400, "The request body gives a field more than once"));
        }
        return ResponseEntity.badRequest().body(ApiError.of(400, "The request body is not valid JSON"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiError.of(415, "Send JSON, with Content-Type: application/json"));
    }

    @ExceptionHandler(UnknownConcern.class)
    ResponseEntity<ApiError> unknown(UnknownConcern e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "No such concern"));
    }

    /** A message per field of a body or form that did not bind or validate: what the value must be, or what was wrong. */
    static ResponseEntity<ApiError> invalid(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure()
                    ? error.getField() + " " + valueMessage(binding.getFieldType(error.getField()))
                    : error.getDefaultMessage());
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return badRequest(errors);
    }

    static ResponseEntity<ApiError> badRequest(Map<String, String> errors) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Some fields need attention", errors));
    }

    private static String valueMessage(InvalidFormatException invalid) {
        return valueMessage(invalid.getTargetType());
    }

    /** What a value of this type must look like, for a value that did not convert to it. */
    static String valueMessage(Class<?> target) {
        if (target != null && target.isEnum()) {
            return "must be one of " + String.join(", ",
                    java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString).toList());
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date like 2026-11-20";
        }
        return "has a value that is not allowed";
    }

    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "raise.request.practitioner.name" (method validation) becomes "practitioner.name". */
    private static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
    }
}
