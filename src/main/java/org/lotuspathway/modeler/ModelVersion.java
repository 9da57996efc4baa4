package org.lotuspathway.modeler;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who deployed a version of the pathway from the modeler, when and why (the engine keeps no "why"). */
@Entity
@Table(name = "model_version")
class ModelVersion {

    /** The column sizes: a longer reason is refused before anything is deployed; a longer file list is summarised. */
    static final int MAX_COMMENT = 2000;
    static final int MAX_FILES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_id", nullable = false, unique = true)
    private String deploymentId;

    @Column(name = "deployed_by", nullable = false)
    private String deployedBy;

    @Column(name = "deployed_at", nullable = false)
    private Instant deployedAt;

    @Column(nullable = false, length = MAX_COMMENT)
    private String comment;

    /** The files the lead changed, comma-separated. */
    @Column(nullable = false, length = MAX_FILES)
    private String files;

    protected ModelVersion() {
    }

    ModelVersion(String deploymentId, String deployedBy, Instant deployedAt, String comment, List<String> files) {
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("The reason is longer than " + MAX_COMMENT + " characters");
        }
        this.deploymentId = deploymentId;
        this.deployedBy = deployedBy;
        this.deployedAt = deployedAt;
        this.comment = comment;
        this.files = listOf(files);
    }

    /** The names, comma-separated; as many as fit in the column, then how many more there were. */
    static String listOf(List<String> names) {
        String all = String.join(", ", names);
        if (all.length() <= MAX_FILES) {
            return all;
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String more = " and " + (names.size() - i) + " more";
            String next = (i == 0 ? "" : ", ") + names.get(i);
            if (list.length() + next.length() + " and 9999999999 more".length() > MAX_FILES) {
                return list + more;
            }
            list.append(next);
        }
        return list.toString();
    }

    String deploymentId() {
        return deploymentId;
    }

    String deployedBy() {
        return deployedBy;
    }

    String comment() {
        return comment;
    }
}
