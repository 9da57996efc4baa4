package org.lotuspathway.web;

import java.util.Map;

/** What an API caller gets back when a request is refused: a message, and one per field if fields were wrong. */
public record ApiError(int status, String message, Map<String, String> errors) {

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, Map.of());
    }
}
