package org.lotuspathway.updates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lotuspathway.concern.Profession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The support organisations letters name, per profession, read once at start from an editable YAML
 * file ({@code lotus.letters.support-file}, by default {@code letters/support.yaml} in the app). Read
 * with SnakeYAML's safe constructor, which builds only maps, lists and plain values, never a class
 * the file names. An incomplete entry stops the app from starting, with the entry named: a letter
 * must never send someone to a service without saying how to reach it.
 */
@Component
public class SupportContent {

    static final Pattern PHONE = Pattern.compile("[0-9][0-9 ]{2,18}[0-9]");
    static final Pattern WEB = Pattern.compile("https://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/[A-Za-z0-9._~/-]*)?");
    private static final String NAMED_CONTACT = "named-contact";

    private final String intro;
    private final List<SupportOrganisation> organisations;

    @Autowired
    SupportContent(LetterSettings settings, ResourceLoader resources) {
        this(resources.getResource(settings.supportFile()));
    }

    SupportContent(Resource file) {
        Map<String, Object> content = read(file);
        this.intro = text(content, "intro", "the file");
        this.organisations = organisations(content.get("organisations"), file.getDescription());
        for (Profession profession : Profession.values()) {
            if (forProfession(profession).stream().allMatch(SupportOrganisation::throughNamedContact)) {
                throw new IllegalStateException(file.getDescription() + " names no organisation with a phone number "
                        + "and web address for " + profession.name());
            }
        }
    }

    public List<SupportOrganisation> forProfession(Profession profession) {
        return organisations.stream().filter(o -> o.serves().contains(profession)).toList();
    }

    /** The support section of a letter, as the update form offers it for the case manager to edit. */
    public String letterText(Profession profession) {
        return intro + "\n\n" + forProfession(profession).stream().map(SupportOrganisation::line)
                .collect(Collectors.joining("\n"));
    }

    public String intro() {
        return intro;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalStateException(file.getDescription() + " must hold intro and organisations");
            }
            return (Map<String, Object>) map;
        } catch (YAMLException e) {
            throw new IllegalStateException(file.getDescription() + " is not a support file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the support organisations from " + file.getDescription(), e);
        }
    }

    private static List<SupportOrganisation> organisations(Object listed, String where) {
        if (!(listed instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalStateException(where + " must list organisations");
        }
        List<SupportOrganisation> organisations = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalStateException(where + ": each organisation needs name, what, phone, web and for");
            }
            organisations.add(organisation(fields, where));
        }
        return List.copyOf(organisations);
    }

    private static SupportOrganisation organisation(Map<?, ?> fields, String where) {
        String name = text(fields, "name", where);
        String entry = where + ", organisation \"" + name + "\"";
        String what = text(fields, "what", entry);
        boolean throughNamedContact = NAMED_CONTACT.equals(fields.get("reach"));
        String phone = throughNamedContact ? null : text(fields, "phone", entry);
        String web = throughNamedContact ? null : text(fields, "web", entry);
        if (!throughNamedContact && !PHONE.matcher(phone).matches()) {
            throw new IllegalStateException(entry + ": the phone number may have only digits and spaces, like 0300 0303 300");
        }
        if (!throughNamedContact && !WEB.matcher(web).matches()) {
            throw new IllegalStateException(entry + ": the web address must start https://, like https://www.samaritans.org");
        }
        return new SupportOrganisation(name, what.replaceAll("\\.$", ""), phone, web, throughNamedContact,
                professions(fields.get("for"), entry));
    }

    private static Set<Profession> professions(Object listed, String entry) {
        Set<Profession> professions = EnumSet.noneOf(Profession.class);
        if (listed instanceof List<?> names) {
            for (Object name : names) {
                professions.add(Arrays.stream(Profession.values()).filter(p -> p.name().equals(String.valueOf(name)))
                        .findFirst().orElseThrow(() -> new IllegalStateException(entry + ": \"" + name
                                + "\" is not a profession; use GP, HOSPITAL_DOCTOR, DENTIST or OPTOMETRIST")));
            }
        }
        if (professions.isEmpty()) {
            throw new IllegalStateException(entry + ": say which professions it is for");
        }
        return professions;
    }

    private static String text(Map<?, ?> fields, String key, String where) {
        Object value = fields.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + " needs " + key);
        }
        return value.toString().strip();
    }
}
