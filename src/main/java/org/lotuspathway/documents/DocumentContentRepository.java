package org.lotuspathway.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContentRepository extends JpaRepository<DocumentContent, Long> {
}
