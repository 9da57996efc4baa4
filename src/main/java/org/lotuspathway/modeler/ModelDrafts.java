package org.lotuspathway.modeler;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lead's saved, undeployed changes: one draft per file, deployed together and then cleared. */
@Service
class ModelDrafts {

    private final ModelDraftRepository drafts;
    private final PathwayClock clock;

    ModelDrafts(ModelDraftRepository drafts, PathwayClock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    @Transactional
    public void save(ModelFile file, String by) {
        ModelDraft draft = drafts.findByFileName(file.name()).orElseGet(() -> new ModelDraft(file.name()));
        draft.save(file.content(), by, clock.now());
        drafts.save(draft);
    }

    @Transactional(readOnly = true)
    public Optional<ModelDraft> of(String fileName) {
        return drafts.findByFileName(fileName);
    }

    @Transactional(readOnly = true)
    public List<ModelDraft> all() {
        return drafts.findAllByOrderByFileName();
    }

    /** Clears the draft a deployment took, but not one saved again since with something else in it. */
    @Transactional
    public void discardIfDeployed(ModelFile deployed) {
        drafts.findByFileName(deployed.name()).filter(draft -> draft.file().content().equals(deployed.content()))
                .ifPresent(drafts::delete);
    }

    @Transactional
    public void discard(String fileName) {
        drafts.findByFileName(fileName).ifPresent(drafts::delete);
    }
}
