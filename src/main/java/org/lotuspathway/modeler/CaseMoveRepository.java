package org.lotuspathway.modeler;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMoveRepository extends JpaRepository<CaseMove, Long> {

    /** Newest first; moves recorded in the same instant (a pinned test clock) in the order they were made. */
    List<CaseMove> findTop20ByOrderByMovedAtDescIdDesc();
}
