package org.lotuspathway.learning.exchange;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A hub's door for its members ({@code lotus.learning.hub.enabled}): each sends its own token as
 * {@code Authorization: Bearer}, publishes bundles of its learning, and reads the merged library.
 * No token, a wrong one or a revoked one: 401 (403 for a signed-in user, who is no member); with
 * a token, but this application is not a hub: 404.
 */
@RestController
@RequestMapping("/api/learning")
class HubApiController {

    private final ExchangeSettings settings;
    private final HubMembers members;
    private final LearningImport imports;
    private final HubLibrary library;

    HubApiController(ExchangeSettings settings, HubMembers members, LearningImport imports, HubLibrary library) {
        this.settings = settings;
        this.members = members;
        this.imports = imports;
        this.library = library;
    }

    @PostMapping(value = "/bundles", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) byte[] bundle, Authentication user) {
        Optional<HubMembers.Member> member = member(authorization);
        if (member.isEmpty()) {
            return refused(user);
        }
        if (!settings.isHub()) {
            return notAHub();
        }
        return LearningApiController.answer(imports.importBundle(bundle, LearningImport.FROM_MEMBER,
                "hub:" + member.get().code(), member.get().code(), member.get().name()));
    }

    @GetMapping(value = "/entries", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> entries(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String since, Authentication user) {
        Optional<HubMembers.Member> member = member(authorization);
        if (member.isEmpty()) {
            return refused(user);
        }
        if (!settings.isHub()) {
            return notAHub();
        }
        long after;
        try {
            after = since == null || since.isBlank() ? 0 : Long.parseLong(since.strip());
        } catch (NumberFormatException e) {
            after = -1;
        }
        if (after < 0) {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "message",
                    "since must be the \"next\" of the previous answer (a whole number), or 0 for everything"));
        }
        ObjectNode answer = library.since(after, member.get().code());
        return ResponseEntity.ok(answer);
    }

    private Optional<HubMembers.Member> member(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return members.byToken(authorization.substring(7));
    }

    /** A signed-in user is not a member organisation (403); anyone else has no live token (401). */
    private static ResponseEntity<?> refused(Authentication user) {
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("status", 403, "message",
                    "This door is for the hub's member organisations, with their token, not for users"));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("status", 401, "message",
                "Send this organisation's hub token as Authorization: Bearer <token>; it may have been revoked."));
    }

    private static ResponseEntity<?> notAHub() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "message",
                "This application is not a learning hub"));
    }
}
