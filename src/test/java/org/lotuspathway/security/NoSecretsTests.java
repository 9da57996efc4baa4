package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No password, secret or token is written into the settings the repository holds: each such key
 * is empty or comes from the environment (${...}, with no default or an empty one: a default is a
 * secret written down). The demo users' password lives in code, for the default profile only
 * (DemoUsersProfileTests).
 */
class NoSecretsTests {

    static final Pattern SECRET_KEY = Pattern.compile(
            "^\\s*([\\w.\\[\\]\"-]*(password|secret|token|credentials|private-key)[\\w.\\[\\]\"-]*)\\s*[:=]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void settingsInTheRepositoryTakeSecretsFromTheEnvironment() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<Path> settings = files.filter(p -> p.getFileName().toString().matches("application.*\\.(ya?ml|properties)"))
                    .toList();
            assertThat(settings).isNotEmpty();
            for (Path file : settings) {
                for (String line : Files.readAllLines(file)) {
                    Matcher secret = SECRET_KEY.matcher(line.replaceAll("\\s+#.*$", ""));
                    if (secret.matches() && !line.strip().startsWith("#")) {
                        assertThat(fromTheEnvironment(secret.group(3).strip())).as(file + ": " + line.strip()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aPlaceholderWithADefaultIsAHardCodedSecret() {
        assertThat(fromTheEnvironment("")).isTrue();
        assertThat(fromTheEnvironment("\"\"")).isTrue();
        assertThat(fromTheEnvironment("''")).isTrue();
        assertThat(fromTheEnvironment("${LOTUS_DB_PASSWORD}")).isTrue();
        assertThat(fromTheEnvironment("${LOTUS_DB_PASSWORD:}")).isTrue();

        assertThat(fromTheEnvironment("hunter2")).isFalse();
        assertThat(fromTheEnvironment("${LOTUS_DB_PASSWORD:hunter2}")).isFalse();
        assertThat(fromTheEnvironment("${LOTUS_DB_PASSWORD:${OTHER:hunter2}}")).isFalse();
        assertThat(fromTheEnvironment("\"${LOTUS_DB_PASSWORD:hunter2}\"")).isFalse();
        assertThat(fromTheEnvironment("${A}hunter2")).isFalse();
    }

    /** Empty, or one placeholder without a default (or with an empty one): nothing written here. */
    static boolean fromTheEnvironment(String value) {
        return value.matches("|\"\"|''|\\$\\{[^}:$]+:?}");
    }
}
