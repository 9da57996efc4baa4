package org.lotuspathway.modeler;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelDraftRepository extends JpaRepository<ModelDraft, Long> {

    Optional<ModelDraft> findByFileName(String fileName);

    List<ModelDraft> findAllByOrderByFileName();
}
