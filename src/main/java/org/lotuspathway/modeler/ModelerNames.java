package org.lotuspathway.modeler;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a file of each kind lives in the pathway: diagrams and decisions in processes/, forms in
 * forms/. The one rule for a file's name, used by the editor, the API and the deployment checks.
 */
final class ModelerNames {

    private static final Pattern RESOURCE_NAME =
            Pattern.compile("processes/[A-Za-z0-9._-]+\\.(bpmn|dmn)|forms/[A-Za-z0-9._-]+\\.form");

    private ModelerNames() {
    }

    /** The resource name for an uploaded file name; folders in the upload's name are ignored. */
    static String resourceName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || !name.matches("[A-Za-z0-9._-]+")) {
            return "invalid/" + (name.isEmpty() ? "unnamed" : name.replaceAll("[^A-Za-z0-9._-]", "_"));
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".form") ? "forms/" + name : "processes/" + name;
    }

    /** Why a resource name may not be deployed (or saved as a draft), if it may not. */
    static Optional<String> problemWith(String resourceName) {
        if (resourceName == null || new ModelFile(resourceName, "").kind() == null) {
            return Optional.of("Only .bpmn, .dmn and .form files can be deployed");
        }
        if (!RESOURCE_NAME.matcher(resourceName).matches()) {
            return Optional.of("A file name may use letters, digits, dots, dashes and underscores only, and"
                    + " diagrams and decision tables go in processes/, forms in forms/");
        }
        return Optional.empty();
    }
}
