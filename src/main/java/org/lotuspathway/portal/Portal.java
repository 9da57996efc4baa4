package org.lotuspathway.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.OwnCaseViews;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.UnknownConcern;
import org.lotuspathway.documents.CaseDocument;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.PathwayInstances;
import org.lotuspathway.process.engine.PathwayTasks;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.People;
import org.lotuspathway.updates.PractitionerUpdate;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.lotuspathway.updates.PractitionerUpdates;
import org.lotuspathway.updates.SupportContent;
import org.lotuspathway.updates.SupportOrganisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practitioner's own cases and letters, and their replies. Every method takes the signed-in
 * username and answers only about that person's cases: anything else is "not found".
 */
@Service
class Portal implements OwnCaseViews {

    private final PractitionerRepository practitioners;
    private final ConcernRepository concernRepository;
    private final Concerns concerns;
    private final PractitionerUpdates updates;
    private final PractitionerUpdateRepository updateRepository;
    private final PractitionerResponseRepository responses;
    private final PathwayTasks tasks;
    private final PathwayInstances instances;
    private final People people;
    private final PathwayClock clock;
    private final SupportContent support;
    private final CaseDocuments documents;

    Portal(PractitionerRepository practitioners, ConcernRepository concernRepository, Concerns concerns,
            PractitionerUpdates updates, PractitionerUpdateRepository updateRepository,
            PractitionerResponseRepository responses, PathwayTasks tasks, PathwayInstances instances, People people,
            PathwayClock clock, SupportContent support, CaseDocuments documents) {
        this.practitioners = practitioners;
        this.concernRepository = concernRepository;
        this.concerns = concerns;
        this.updates = updates;
        this.updateRepository = updateRepository;
        this.responses = responses;
        this.tasks = tasks;
        this.instances = instances;
        this.people = people;
        this.clock = clock;
        this.support = support;
        this.documents = documents;
    }

    /** The support organisations for the practitioner's profession; all of them if we do not know it. */
    @Transactional(readOnly = true)
    public List<SupportOrganisation> supportFor(String username) {
        return practitioners.findByUsername(username).map(p -> support.forProfession(p.profession()))
                .orElseGet(() -> Arrays.stream(Profession.values())
                        .flatMap(p -> support.forProfession(p).stream()).distinct().toList());
    }

    record MyCase(Concern concern, StageExplanation stage, java.time.Instant expectedBy, String caseManager,
            List<PractitionerUpdate> letters, List<PractitionerResponse> responses, List<CaseDocument> documents) {
    }

    @Transactional(readOnly = true)
    public List<Concern> casesOf(String username) {
        return practitioners.findByUsername(username)
                .map(concernRepository::findByPractitionerOrderByRaisedAtDesc).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public MyCase caseOf(String username, String businessKey) {
        Concern concern = own(username, businessKey);
        return new MyCase(concern, StageExplanation.of(concern.stage()), expectedBy(concern),
                people.nameOf(concern.caseManager()), updates.of(concern),
                responses.findByConcernOrderByRecordedAtAsc(concern), documents.shareableOf(businessKey));
    }

    /** A document of their own case that the case team marked shareable, and has not withdrawn. */
    @Transactional(readOnly = true)
    public CaseDocuments.Download document(String username, String businessKey, long documentId) {
        return documents.sharedDownload(own(username, businessKey).businessKey(), documentId);
    }

    @Override
    @Transactional(readOnly = true)
    public PortalCaseView ofOwnCase(String username, String businessKey) {
        return PortalCaseView.of(caseOf(username, businessKey));
    }

    record Letter(PractitionerUpdate update, String businessKey) {
    }

    @Transactional(readOnly = true)
    public Letter letter(String username, long updateId) {
        PractitionerUpdate update = updateRepository.findById(updateId).orElseThrow(() -> new UnknownConcern("letter"));
        return new Letter(update, own(username, update.concern().businessKey()).businessKey());
    }

    @Transactional(readOnly = true)
    public byte[] letterPdf(String username, long updateId) {
        return updates.pdfOf(letter(username, updateId).update());
    }

    /** Keeps the reply and gives the case team a task to answer it, together; on a closed case too. */
    @Transactional
    public PractitionerResponse respond(String username, String businessKey, ResponseForm form) {
        Concern concern = own(username, businessKey);
        PractitionerResponse response = responses.save(new PractitionerResponse(concern, form.responseKind(),
                form.message().strip(), form.phone() == null || form.phone().isBlank() ? null : form.phone().strip(),
                username, clock.now()));
        if (replyOpen(businessKey)) {
            // Its task shows every message since the team last replied: no second task, no second email.
            return response;
        }
        if (concern.isClosed()) {
            // The pathway has ended; a small process of its own gives the team the same task.
            instances.start(ConcernPathway.MESSAGE_AFTER_CLOSURE_ID, businessKey, Map.of());
        } else {
            instances.tell(ConcernPathway.MESSAGE_PRACTITIONER_RESPONDED, businessKey);
        }
        return response;
    }

    private boolean replyOpen(String businessKey) {
        return tasks.openOf(businessKey).stream()
                .anyMatch(task -> ConcernPathway.TASK_REPLY_TO_PRACTITIONER.equals(task.taskKey()));
    }

    private Concern own(String username, String businessKey) {
        Concern concern = concerns.get(businessKey);
        boolean theirs = concern.practitioner().username().map(username::equals).orElse(false);
        if (!theirs) {
            throw new UnknownConcern(businessKey);
        }
        return concern;
    }

    /**
     * When the step the case waits on is due: the pathway's own step, not a check-in, a reply to
     * the practitioner or an escalation. None while the case is paused.
     */
    private java.time.Instant expectedBy(Concern concern) {
        if (concern.isPaused()) {
            return null;
        }
        return tasks.soonestDue(concern.businessKey(), ConcernPathway.ID, NOT_THE_CASE_STEP).orElse(null);
    }

    private static final java.util.Set<String> NOT_THE_CASE_STEP = java.util.Set.of(
            ConcernPathway.TASK_REPLY_TO_PRACTITIONER, ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);
}
