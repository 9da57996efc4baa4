package org.lotuspathway.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout's header needs to know, as {@code ${@pageHeader...}}: Thymeleaf 3.1 no longer
 * lets templates read the request, and the signed-in user's name is in Camunda's identity service.
 */
@Component("pageHeader")
class PageHeader {

    private final People people;

    PageHeader(People people) {
        this.people = people;
    }

    /** The user's name as people know it ("Cara Manager"), or else their username. */
    public String nameOf(Authentication user) {
        return people.nameOf(user.getName());
    }

    /**
     * The aria-current value for a navigation link: "page" on its own page, "true" on the pages
     * below it (a task of the task list), otherwise null, which leaves the attribute out.
     */
    public String ariaCurrent(String href) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(href)) {
            return "page";
        }
        return path.startsWith(href.endsWith("/") ? href : href + "/") ? "true" : null;
    }
}
