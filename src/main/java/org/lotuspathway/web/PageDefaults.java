package org.lotuspathway.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page may show: the time zone dates are shown in, today, and who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class PageDefaults {

    private final PathwayClock clock;

    PageDefaults(PathwayClock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return PathwayClock.UK;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return clock.today();
    }

    @ModelAttribute("now")
    Instant now() {
        return clock.now();
    }

    @ModelAttribute("user")
    CurrentUser user(Authentication authentication) {
        return authentication == null ? null : CurrentUser.of(authentication);
    }
}
