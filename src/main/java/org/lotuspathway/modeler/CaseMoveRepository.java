package org.lotuspathway.modeler;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMoveRepository extends JpaRepository<CaseMove, Long> {

    List<CaseMove> findTop20ByOrderByMovedAtDesc();
}
