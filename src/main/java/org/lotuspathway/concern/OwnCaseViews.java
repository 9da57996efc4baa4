package org.lotuspathway.concern;

/**
 * What a practitioner may see of their own case through the API: exactly what their portal shows,
 * and so provided by the portal. Someone else's case, or none, is an {@link UnknownConcern}.
 */
public interface OwnCaseViews {

    Object ofOwnCase(String username, String businessKey);
}
