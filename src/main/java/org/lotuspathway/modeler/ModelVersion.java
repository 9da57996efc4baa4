package org.lotuspathway.modeler;

import java.time.Instant;

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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_id", nullable = false, unique = true)
    private String deploymentId;

    @Column(name = "deployed_by", nullable = false)
    private String deployedBy;

    @Column(name = "deployed_at", nullable = false)
    private Instant deployedAt;

    @Column(nullable = false, length = 2000)
    private String comment;

    /** The files the lead changed, comma-separated. */
    @Column(nullable = false, length = 4000)
    private String files;

    protected ModelVersion() {
    }

    ModelVersion(String deploymentId, String deployedBy, Instant deployedAt, String comment, String files) {
        this.deploymentId = deploymentId;
        this.deployedBy = deployedBy;
        this.deployedAt = deployedAt;
        this.comment = comment;
        this.files = files;
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

    String files() {
        return files;
    }
}
