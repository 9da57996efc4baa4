package org.lotuspathway.updates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The sender at the top of every printed letter: the organisation's name and address, and its logo
 * read once at start from {@code lotus.letters.logo}. The logo's type is decided from its first
 * bytes (PNG or JPEG only), never from its name; anything else stops the app from starting.
 */
@Component
class Letterhead {

    static final int LARGEST_LOGO = 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String organisationName;
    private final List<String> address;
    private final String logoDataUri;

    Letterhead(LetterSettings settings) {
        this.organisationName = settings.organisationName().strip();
        this.address = settings.address();
        this.logoDataUri = settings.logo() == null ? null : dataUri(settings.logo());
    }

    String organisationName() {
        return organisationName;
    }

    List<String> address() {
        return address;
    }

    /** The logo as a data: address, so that printing a letter never reads a file or the network. */
    Optional<String> logo() {
        return Optional.ofNullable(logoDataUri);
    }

    private static String dataUri(Path file) {
        byte[] image;
        try {
            if (Files.size(file) > LARGEST_LOGO) {
                throw new IllegalStateException("lotus.letters.logo must be at most 1 MB: " + file);
            }
            image = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letterhead logo (lotus.letters.logo): " + file, e);
        }
        String type = startsWith(image, PNG) ? "image/png" : startsWith(image, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new IllegalStateException("lotus.letters.logo must be a PNG or JPEG image: " + file);
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
