package org.lotuspathway.speakup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lotuspathway.common.Sha256;
import org.springframework.stereotype.Component;

/**
 * The anonymous raiser's access code: 20 characters of Crockford's base32 (100 random bits),
 * shown once as {@code ABCD-EFGH-JKMN-PQRS-TVWX}, kept only as its SHA-256. A code that random
 * needs no salt or slow hash: nobody can guess one from its hash or try enough of them.
 * <p>
 * Checking a code never compares it character by character: it is hashed, the report is found by
 * the hash (which says nothing about the code), and the hashes are compared in constant time.
 * A malformed code is hashed and looked up just the same, so it takes as long to refuse.
 */
@Component
class AccessCodes {

    static final int LENGTH = 20;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    /** What any malformed code is looked up as: no code hashes to it. */
    private static final String NOTHING = "0".repeat(64);

    private final SecureRandom random = new SecureRandom();
    private final SpeakUpReportRepository reports;

    AccessCodes(SpeakUpReportRepository reports) {
        this.reports = reports;
    }

    /** A new code, as the raiser is shown it. */
    String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** What is kept of a code. */
    static String hash(String code) {
        return Sha256.hex(normalised(code));
    }

    /** The report this code opens, if any; the same work whatever was typed. */
    Optional<SpeakUpReport> reportFor(String typed) {
        String code = normalised(typed == null ? "" : typed);
        boolean wellFormed = WELL_FORMED.matcher(code).matches();
        String hash = Sha256.hex(code);
        Optional<SpeakUpReport> found = reports.findByAccessCodeHash(wellFormed ? hash : NOTHING);
        byte[] stored = found.map(SpeakUpReport::accessCodeHash).orElse(NOTHING).getBytes(StandardCharsets.US_ASCII);
        boolean same = MessageDigest.isEqual(stored, hash.getBytes(StandardCharsets.US_ASCII));
        return wellFormed && same ? found : Optional.empty();
    }

    /**
     * Upper case, without spaces or dashes, and with the letters people mistake for digits read as
     * those digits (Crockford's rule): O is 0, I and L are 1. At most a few characters more than a
     * code are read, so a huge "code" costs nothing.
     */
    static String normalised(String typed) {
        String cut = typed.length() > 4 * LENGTH ? typed.substring(0, 4 * LENGTH) : typed;
        return cut.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
