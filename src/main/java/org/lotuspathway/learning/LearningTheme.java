package org.lotuspathway.learning;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A learning theme reviews are coded with. Leads add and rename themes, and merge one into
 * another; a merged theme stays (inactive) so that old links and the Tasklist's form still resolve.
 */
@Entity
@Table(name = "learning_theme")
public class LearningTheme {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "merged_into")
    private String mergedInto;

    protected LearningTheme() {
    }

    LearningTheme(String code, String name) {
        this.code = code;
        this.name = name;
        this.active = true;
    }

    void rename(String newName) {
        if (!active) {
            throw new IllegalStateException("A merged theme keeps its name");
        }
        this.name = newName;
    }

    void mergeInto(LearningTheme other) {
        this.active = false;
        this.mergedInto = other.code;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<String> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }
}
