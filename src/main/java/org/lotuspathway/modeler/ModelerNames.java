package org.lotuspathway.modeler;

import java.util.Locale;

/** Where a file of each kind lives in the pathway: diagrams and decisions in processes/, forms in forms/. */
final class ModelerNames {

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
}
