package org.lotuspathway.documents;

import java.util.List;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByConcernOrderByRecordedAtAscIdAsc(Concern concern);

    long countByConcern(Concern concern);
}
