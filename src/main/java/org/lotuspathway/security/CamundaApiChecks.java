package org.lotuspathway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * What a request to Camunda's APIs may carry, decided from its raw parameters and body before
 * Camunda reads them ({@link CamundaApiRules}). Camunda evaluates expressions sent in some
 * queries and filters (keys such as {@code candidateGroupExpression}, values such as
 * {@code ${...}}), and deserializes variables into whatever Java class the caller names; neither
 * is ever needed here, so neither gets through, for anyone.
 */
final class CamundaApiChecks {

    /** What a refused request is told, with its status. */
    record Refusal(int status, String message) {

        static Optional<Refusal> badRequest(String message) {
            return Optional.of(new Refusal(400, message));
        }
    }

    static final String NO_EXPRESSIONS = "Camunda's API here evaluates no expressions: leave out ";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> PAGING = Set.of("firstresult", "maxresults");
    private static final String RETRIES = "retries";
    private static final Set<String> DESERIALIZING = Set.of("deserializevalue", "deserializevalues");
    /** Fields that name a Java class or a serialization for a variable's value. */
    private static final Set<String> CLASS_NAMING = Set.of("objecttypename", "serializationdataformat");
    /** The parts of a variable upload (…/variables/{name}/data): a part named "type" names a Java class. */
    private static final Set<String> UPLOAD_PARTS = Set.of("data", "valueType");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,10}");
    private static final Pattern FOLDED_LINE = Pattern.compile("\r?\n[ \t]+");
    private static final Pattern PART_HEADER = Pattern.compile("^content-disposition:(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern PART_NAME = Pattern.compile("(?:^|[;\\s])name\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]*))",
            Pattern.CASE_INSENSITIVE);

    private CamundaApiChecks() {
    }

    /** A query or form parameter, its name and its value decoded. */
    static Optional<Refusal> parameter(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (namesExpression(name)) {
            return Refusal.badRequest(NO_EXPRESSIONS + "the parameter " + shortened(name));
        }
        if (carriesExpression(value)) {
            return Refusal.badRequest(NO_EXPRESSIONS + "the ${ or #{ in the parameter " + shortened(name));
        }
        if (PAGING.contains(key) && !isWholeNumber(value)) {
            return Refusal.badRequest(shortened(name) + " must be a whole number, 0 or more");
        }
        if (DESERIALIZING.contains(key) && !value.equalsIgnoreCase("false")) {
            return Refusal.badRequest("Variables are never deserialized here: leave out " + shortened(name)
                    + " or set it to false");
        }
        return Optional.empty();
    }

    /**
     * A JSON body, every field name and string at any depth (arrays and "orQueries" included,
     * duplicate keys too), read as Camunda's own JSON reader would read it. A body that is not
     * valid JSON is refused if it says it is JSON, so nothing Camunda reads as JSON was not checked.
     */
    static Optional<Refusal> json(byte[] body, boolean saysItIsJson) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Optional<Refusal> refusal = token == JsonToken.FIELD_NAME ? field(parser.currentName())
                        : token == JsonToken.VALUE_STRING ? string(parser.currentName(), parser.getText())
                        : token.isNumeric() ? number(parser.currentName(), parser.getText())
                        : Optional.empty();
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        } catch (IOException notJson) {
            return saysItIsJson ? Refusal.badRequest("The request body is not valid JSON") : Optional.empty();
        }
    }

    /** A multipart body: only the parts of a variable upload, and no expression anywhere in it. */
    static Optional<Refusal> multipart(byte[] body) {
        String text = FOLDED_LINE.matcher(raw(body)).replaceAll(" ");
        Matcher header = PART_HEADER.matcher(text);
        while (header.find()) {
            Matcher name = PART_NAME.matcher(header.group(1));
            while (name.find()) {
                String part = name.group(1) != null ? name.group(1) : name.group(2);
                if (!UPLOAD_PARTS.contains(part)) {
                    return Refusal.badRequest("An upload to Camunda's API may have only the parts "
                            + String.join(" and ", UPLOAD_PARTS.stream().sorted().toList()));
                }
            }
        }
        return text(body);
    }

    /** Any body, as bytes: no ${ or #{ anywhere in it. */
    static Optional<Refusal> text(byte[] body) {
        return carriesExpression(raw(body)) ? Refusal.badRequest(NO_EXPRESSIONS + "the ${ or #{ in the request body")
                : Optional.empty();
    }

    private static Optional<Refusal> field(String name) {
        if (namesExpression(name) || carriesExpression(name)) {
            return Refusal.badRequest(NO_EXPRESSIONS + "the field " + shortened(name));
        }
        if (CLASS_NAMING.contains(name.toLowerCase(Locale.ROOT))) {
            return Refusal.badRequest("Variables here hold plain values: a request may not name a Java class or "
                    + "serialization (" + name + ")");
        }
        return Optional.empty();
    }

    /**
     * A job's retries: Camunda's job resource answered 500 to a negative count (it refuses it deep
     * inside and loses the cause), so a count that is not a whole number from 0 up is refused here.
     */
    private static Optional<Refusal> number(String field, String value) {
        if (RETRIES.equalsIgnoreCase(field) && !isWholeNumber(value)) {
            return Refusal.badRequest(shortened(field) + " must be a whole number, 0 or more");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> string(String field, String value) {
        Optional<Refusal> asNumber = number(field, value.strip());
        if (asNumber.isPresent()) {
            return asNumber;
        }
        if (carriesExpression(value)) {
            return Refusal.badRequest(NO_EXPRESSIONS + "the ${ or #{ in "
                    + (field == null ? "the request body" : "the field " + shortened(field)));
        }
        if ("type".equalsIgnoreCase(field) && value.equalsIgnoreCase("object")) {
            return Refusal.badRequest("Variables here hold plain values, not objects of type Object");
        }
        return Optional.empty();
    }

    static boolean namesExpression(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    static boolean carriesExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    private static boolean isWholeNumber(String value) {
        return WHOLE_NUMBER.matcher(value).matches() && Long.parseLong(value) <= Integer.MAX_VALUE;
    }

    /**
     * Bytes as characters one for one, whatever the body's encoding: part headers are ASCII, and
     * Camunda reads a body in another encoding (UTF-16, say) only as JSON, which {@link #json} decodes.
     */
    private static String raw(byte[] body) {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    private static String shortened(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (printable.length() > 60 ? printable.substring(0, 60) + "…" : printable) + "\"";
    }
}
