package org.lotuspathway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lotuspathway.process.engine.EngineClock;
import org.lotuspathway.security.SecuritySlice;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller's slice: its web layer alone (binding, validation, the page or JSON it answers),
 * behind the application's own security (who may reach what, CSRF, headers), without the engine,
 * the database or the audit log's recording (which the whole-application tests check).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.lotuspathway\\.audit\\..*"))
@Import({SecuritySlice.class, EngineClock.class})
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
