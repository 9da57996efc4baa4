package org.lotuspathway.modeler;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A lead's unfinished change to one file of the pathway; one draft per file. */
@Entity
@Table(name = "model_draft")
public class ModelDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, unique = true)
    private String fileName;

    /** Plain varchar on both databases (Hibernate would expect a CLOB at this length). */
    @Column(nullable = false, length = 2100000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String content;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ModelDraft() {
    }

    ModelDraft(String fileName) {
        this.fileName = fileName;
    }

    void save(String newContent, String by, Instant at) {
        this.content = newContent;
        this.savedBy = by;
        this.savedAt = at;
    }

    public ModelFile file() {
        return new ModelFile(fileName, content);
    }

    public String fileName() {
        return fileName;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
