package org.lotuspathway.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The application's security, for controller slices ({@code support/WebSlice}). */
@TestConfiguration
@Import(SecurityConfig.class)
public class SecuritySlice {
}
