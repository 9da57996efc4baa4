package org.lotuspathway.learning.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.lotuspathway.common.HiddenCharacters;
import org.springframework.stereotype.Component;

/**
 * Reads a bundle from another organisation, as bytes, and refuses it with a message per problem:
 * too large, not JSON, a schema version this application does not read, anything the schema
 * (docs/learning-exchange.schema.json) does not allow (unknown fields included), an entry id given
 * twice, one's own organisation, or anything in any string field that looks like an identifier
 * ({@link IdentifierScan}). The size is decided before anything is parsed; the parser refuses
 * duplicate keys and deep nesting; nothing is mapped to Java until the schema has passed.
 */
@Component
public class BundleReader {

    private static final int MOST_PROBLEMS = 50;
    private static final String SCHEMA = "/learning/learning-exchange.schema.json";
    private static final Pattern ENTRY = Pattern.compile("entries\\[\\d+\\]");

    private final ExchangeSettings settings;
    private final IdentifierScan identifiers;
    private final ObjectMapper json;
    private final JsonSchema schema;

    BundleReader(ExchangeSettings settings, IdentifierScan identifiers) {
        this.settings = settings;
        this.identifiers = identifiers;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                        .maxStringLength(100_000).maxNumberLength(20).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        try (InputStream in = BundleReader.class.getResourceAsStream(SCHEMA)) {
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle, or the problems with it (then no bundle). */
    public record Read(ExchangeBundle bundle, List<String> problems) {

        static Read refused(List<String> problems) {
            return new Read(null, List.copyOf(problems.subList(0, Math.min(problems.size(), MOST_PROBLEMS))));
        }

        static Read refused(String problem) {
            return refused(List.of(problem));
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Read read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Read.refused("The bundle is empty: choose a bundle file exported from Lotus Pathway.");
        }
        if (bytes.length > settings.maxBundleBytes()) {
            return Read.refused("The bundle is larger than " + settings.maxBundleBytes() / 1024
                    + " KB, the most read at once: export a shorter period.");
        }
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            return Read.refused("The bundle is not valid JSON" + where(e) + ": " + plainReason(e));
        } catch (IOException e) {
            return Read.refused("The bundle could not be read as JSON.");
        }
        if (tree == null || !tree.isObject()) {
            return Read.refused("The bundle must be a JSON object with schemaVersion, organisation, exportedOn, entries and heldBack.");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null) {
            return Read.refused("schemaVersion is missing: this application reads bundles of version " + ExchangeBundle.VERSION + ".");
        }
        if (!version.isInt() || version.intValue() != ExchangeBundle.VERSION) {
            return Read.refused("schemaVersion " + version.toString().replaceAll("[^\\w.\" -]", "")
                    + " is not a version this application reads: it reads version " + ExchangeBundle.VERSION + ".");
        }
        List<String> problems = new ArrayList<>();
        Set<ValidationMessage> invalid = schema.validate(tree);
        invalid.stream().map(BundleReader::problem).sorted().forEach(problems::add);
        if (!problems.isEmpty()) {
            return Read.refused(problems);
        }
        if (settings.isOwn(tree.path("organisation").path("code").asText())) {
            return Read.refused("The bundle is from this organisation (" + settings.organisation().code()
                    + "): only other organisations' learning is imported.");
        }
        Map<String, Integer> ids = new HashMap<>();
        JsonNode entries = tree.get("entries");
        for (int i = 0; i < entries.size(); i++) {
            Integer first = ids.putIfAbsent(entries.get(i).get("id").asText(), i);
            if (first != null) {
                problems.add("entries[" + i + "].id is the same as entries[" + first + "].id: each entry needs its own id.");
            }
        }
        IdentifierScan.Scanner scanner = identifiers.scanner();
        scan(tree, "", scanner, problems);
        if (!problems.isEmpty()) {
            return Read.refused(problems);
        }
        try {
            return new Read(json.treeToValue(tree, ExchangeBundle.class), List.of());
        } catch (JsonProcessingException e) {
            return Read.refused("The bundle does not fit the exchange format: " + plainReason(e));
        }
    }

    /**
     * Every string in the bundle but the held-back reasons (which a reader ignores) and the entries'
     * ids, checked for hidden characters and identifiers. An id is a random UUID (the schema allows
     * nothing else), whose hex digits the scan would often take for a registration number.
     */
    private static void scan(JsonNode node, String path, IdentifierScan.Scanner scanner, List<String> problems) {
        if (node.isTextual()) {
            if (HiddenCharacters.in(node.textValue())) {
                problems.add((path.isEmpty() ? "A field" : path) + " has hidden characters (control characters or"
                        + " text direction changes): the bundle is refused.");
            }
            Set<String> found = scanner.find(node.textValue());
            if (!found.isEmpty()) {
                problems.add((path.isEmpty() ? "A field" : path) + " looks like it holds " + String.join(", ", found)
                        + ": the bundle is refused, as nothing identifying may be imported.");
            }
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                boolean ignored = path.isEmpty() && field.getKey().equals("heldBack")
                        || ENTRY.matcher(path).matches() && field.getKey().equals("id");
                if (!ignored) {
                    scan(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), scanner, problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), path + "[" + i + "]", scanner, problems);
            }
        }
    }

    /** "$.entries[0].route: does not have a value in the enumeration [...]" without the leading "$.". */
    private static String problem(ValidationMessage message) {
        String text = message.getMessage();
        return text.startsWith("$.") ? text.substring(2) : text.startsWith("$: ") ? "The bundle: " + text.substring(3) : text;
    }

    /** Where the parser stopped; a limit of ours (how deeply it nests, say) is met nowhere in particular. */
    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Jackson's message without the location and source it appends. */
    private static String plainReason(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "it nests deeper, or holds a longer text or number, than any bundle does";
        }
        String original = e.getOriginalMessage();
        return original == null ? "unreadable" : original.replaceAll("\\s+", " ").strip();
    }

    /** The bundle as JSON text, as it leaves. */
    String write(ExchangeBundle bundle) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
