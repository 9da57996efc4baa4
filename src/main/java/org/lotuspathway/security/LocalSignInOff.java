package org.lotuspathway.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A password sign-in while local sign-in is off (lotus.local-sign-in=false), by someone not on the break-glass list. */
class LocalSignInOff extends BadCredentialsException {

    LocalSignInOff() {
        super("Sign-in with a password is turned off");
    }

    String advice() {
        return "Sign in with your organisation's account instead.";
    }
}
