package org.lotuspathway.modeler;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.lotuspathway.process.engine.PathwayDeployments;
import org.lotuspathway.common.Sha256;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a lead's edit started from: a fingerprint of the file as it stood (its draft, or else its
 * live version) when the editor opened. Saving or deploying then notices a change someone else
 * made meanwhile, instead of silently undoing it.
 */
@Service
class EditBase {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(PathwayClock.UK);

    private final ModelDrafts drafts;
    private final PathwayFiles pathway;
    private final ModelVersionRepository versions;
    private final People people;

    EditBase(ModelDrafts drafts, PathwayFiles pathway, ModelVersionRepository versions, People people) {
        this.drafts = drafts;
        this.pathway = pathway;
        this.versions = versions;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public String current(String fileName) {
        return fingerprint(drafts.of(fileName).map(draft -> draft.file().content())
                .or(() -> pathway.file(pathway.live().deploymentId(), fileName).map(ModelFile::content)).orElse(""));
    }

    /** What changed the file since the edit began, in words for the lead; empty when nothing did. */
    @Transactional(readOnly = true)
    public Optional<String> changedSince(String fileName, String base) {
        if (current(fileName).equals(base)) {
            return Optional.empty();
        }
        Optional<ModelDraft> draft = drafts.of(fileName);
        if (draft.isPresent()) {
            return Optional.of(people.nameOf(draft.get().savedBy()) + " saved a draft of " + fileName + " on "
                    + WHEN.format(draft.get().savedAt()));
        }
        PathwayDeployments.Version live = pathway.live();
        String by = versions.findByDeploymentId(live.deploymentId()).map(version -> people.nameOf(version.deployedBy()))
                .orElse("the application");
        return Optional.of(fileName + " changed: the pathway was last deployed by " + by + " on "
                + WHEN.format(live.deployedAt()));
    }

    static String fingerprint(String content) {
        return Sha256.hex(content);
    }
}
