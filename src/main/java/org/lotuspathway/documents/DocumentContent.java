package org.lotuspathway.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A document's bytes, apart from its description, so listing documents never reads them. */
@Entity
@Table(name = "case_document_content")
class DocumentContent implements Persistable<Long> {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false)
    private byte[] bytes;

    /** Made here, so saving it inserts straight away instead of first looking for it by its id. */
    @Transient
    private boolean fresh;

    protected DocumentContent() {
    }

    DocumentContent(Long documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes.clone();
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return documentId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
