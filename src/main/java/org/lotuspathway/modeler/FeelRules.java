package org.lotuspathway.modeler;

import java.util.Locale;
import java.util.regex.Pattern;

/** FEEL can define functions backed by any Java class ("external"); decision tables here may not. */
final class FeelRules {

    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\b|\\bjava\\s*:");

    private FeelRules() {
    }

    static boolean callsJava(String text) {
        return text != null && EXTERNAL_FUNCTION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
