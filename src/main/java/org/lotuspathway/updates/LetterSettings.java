package org.lotuspathway.updates;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Letters' letterhead and words ({@code lotus.letters.*}, docs/letters.md).
 *
 * @param organisationName the sender, at the top of every letter
 * @param address the sender's postal address, a line each
 * @param logo a PNG or JPEG file printed at the top right of the PDF; none if not set
 * @param panelName what the panel that discusses concerns is called, spelt out once in each letter
 * @param panelAbbreviation its short name, given once in brackets after {@code panelName}
 * @param supportFile where the support organisations are ({@code classpath:} or {@code file:})
 */
@ConfigurationProperties("lotus.letters")
record LetterSettings(
        @DefaultValue("Professional Standards Team") String organisationName,
        @DefaultValue List<String> address,
        Path logo,
        @DefaultValue("Performance Advisory Group") String panelName,
        @DefaultValue("PAG") String panelAbbreviation,
        @DefaultValue("classpath:letters/support.yaml") String supportFile) {

    LetterSettings {
        if (organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("lotus.letters.organisation-name must name the sender of letters");
        }
        if (panelName == null || panelName.isBlank() || panelAbbreviation == null || panelAbbreviation.isBlank()) {
            throw new IllegalArgumentException("lotus.letters.panel-name and panel-abbreviation must be set");
        }
        address = address == null ? List.of() : address.stream().filter(line -> !line.isBlank()).toList();
    }
}
