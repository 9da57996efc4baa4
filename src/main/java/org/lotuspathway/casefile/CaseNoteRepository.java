package org.lotuspathway.casefile;

import java.util.List;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    List<CaseNote> findByConcernOrderByRecordedAtDescIdDesc(Concern concern);
}
