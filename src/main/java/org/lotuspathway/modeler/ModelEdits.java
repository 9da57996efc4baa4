package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * A lead's edit of one file from the editor: saved as a draft, checked, or deployed together with
 * every other saved draft. Refused, with every problem and nothing changed, when the file's name is
 * not allowed, or when another lead saved or deployed the file since the editor opened it.
 */
@Service
class ModelEdits {

    enum Action {
        DRAFT, CHECK, DEPLOY;

        static Optional<Action> named(String name) {
            for (Action action : values()) {
                if (action.name().equalsIgnoreCase(name)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    /** What became of the edit. */
    sealed interface Result {
    }

    /**
     * Nothing done: 409 when someone else changed the file meanwhile, 422 otherwise; the editor
     * carries on from {@code basedOn}.
     */
    record Refused(int status, List<Problem> problems, String basedOn) implements Result {
    }

    record DraftSaved() implements Result {
    }

    /** The problems; with none, what the change would decide differently (decision tables). */
    record Checked(List<Problem> problems, List<DecisionOutcomes.Change> changes) implements Result {
    }

    record Deployed(List<ModelDeployments.NewVersion> versions) implements Result {
    }

    private final ModelDrafts drafts;
    private final ModelDeployments deployments;
    private final EditBase editBase;

    ModelEdits(ModelDrafts drafts, ModelDeployments deployments, EditBase editBase) {
        this.drafts = drafts;
        this.deployments = deployments;
        this.editBase = editBase;
    }

    /**
     * @param basedOn the fingerprint of the file as the editor opened it; without one (a page opened
     *                before this check existed, or another client) nothing is compared
     */
    Result submit(ModelFile edited, Action action, String basedOn, String comment, String user) {
        Optional<String> badName = ModelerNames.problemWith(edited.name());
        if (badName.isPresent()) {
            return new Refused(422, List.of(Problem.of(edited, badName.get())), basedOn);
        }
        Optional<String> changedMeanwhile = action == Action.CHECK || basedOn == null ? Optional.empty()
                : editBase.changedSince(edited.name(), basedOn);
        if (changedMeanwhile.isPresent()) {
            return new Refused(409, List.of(Problem.of(edited, "While you were editing, " + changedMeanwhile.get()
                    + ". Nothing of yours is saved yet. To see their change, open the file again in another tab; to"
                    + " replace it with yours, save or deploy again.")), editBase.current(edited.name()));
        }
        return switch (action) {
            case DRAFT -> {
                drafts.save(edited, user);
                yield new DraftSaved();
            }
            case CHECK -> checked(together(edited));
            case DEPLOY -> deploy(edited, basedOn, comment, user);
        };
    }

    private Checked checked(List<ModelFile> changed) {
        List<Problem> problems = deployments.check(changed);
        return new Checked(problems, problems.isEmpty() ? deployments.whatWouldChange(changed) : List.of());
    }

    private Result deploy(ModelFile edited, String basedOn, String comment, String user) {
        List<ModelFile> changed = together(edited);
        ModelDeployments.Outcome outcome = deployments.deploy(changed, comment, user);
        if (!outcome.deployed()) {
            return new Refused(422, outcome.problems(), basedOn);
        }
        // The edited file's draft is done with; another draft only if saved again since.
        drafts.discard(edited.name());
        changed.forEach(drafts::discardIfDeployed);
        return new Deployed(outcome.versions());
    }

    /** The file being edited, with every other saved draft: related changes deploy together. */
    private List<ModelFile> together(ModelFile edited) {
        List<ModelFile> files = new ArrayList<>();
        drafts.all().stream().map(ModelDraft::file).filter(f -> !f.name().equals(edited.name())).forEach(files::add);
        files.add(edited);
        return files;
    }
}
