package org.lotuspathway.security;

/**
 * A request to Camunda's APIs that {@link CamundaApiRules} refused before Camunda saw it: who
 * sent it, what it was ("POST /engine-rest/task/count"), and the answer it got. The audit log
 * records it.
 */
public record CamundaApiRefused(String actor, String request, int status, String reason) {

    public String detail() {
        return request + " (" + status + ": " + reason + ")";
    }
}
