package org.lotuspathway.register;

import java.time.Instant;
import java.util.List;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's request to correct their own record: kept, and given to their case manager as
 * a task on their open case (else on their latest), together or not at all. With no case there is
 * no case manager to ask, and a few requests a day are enough: each one is a task for someone.
 */
@Service
public class RecordCorrections {

    private final PractitionerRecords records;
    private final ConcernRepository concerns;
    private final CorrectionRequestRepository requests;
    private final RecordProcesses processes;
    private final PathwayClock clock;
    private final AuditLog audit;

    RecordCorrections(PractitionerRecords records, ConcernRepository concerns, CorrectionRequestRepository requests,
            RecordProcesses processes, PathwayClock clock, AuditLog audit) {
        this.records = records;
        this.concerns = concerns;
        this.requests = requests;
        this.processes = processes;
        this.clock = clock;
        this.audit = audit;
    }

    /** At most this many requests a practitioner may make in a day (UK). */
    static final int MAX_A_DAY = 3;

    /** Returns the practitioner whose record it is. */
    @Transactional
    public Practitioner ask(String username, String register, String number, String message) {
        Practitioner practitioner = records.find(register, number);
        if (!practitioner.username().map(username::equals).orElse(false)) {
            throw new UnknownPractitioner(register + " " + number);
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw InvalidSubmission.of("message", "Tell us what is wrong on your record");
        }
        if (text.length() > CorrectionRequest.MAX_MESSAGE) {
            throw InvalidSubmission.of("message", "Write " + CorrectionRequest.MAX_MESSAGE + " characters or fewer");
        }
        List<Concern> theirs = concerns.findByPractitionerOrderByRaisedAtDesc(practitioner);
        if (theirs.isEmpty()) {
            throw InvalidSubmission.of("message", "We have no case about you, so there is no case manager to send this to. "
                    + "Nothing was sent: please tell the team who look after your record directly");
        }
        Instant startOfToday = clock.today().atStartOfDay(PathwayClock.UK).toInstant();
        if (requests.countByPractitionerIdAndRequestedAtGreaterThanEqual(practitioner.id(), startOfToday) >= MAX_A_DAY) {
            throw InvalidSubmission.of("message", "You have asked for " + MAX_A_DAY + " corrections today, and your case "
                    + "manager will reply to each. Nothing more was sent: you can ask again tomorrow");
        }
        Concern onCase = theirs.stream().filter(concern -> !concern.isClosed()).findFirst().orElseGet(() -> theirs.get(0));
        requests.save(new CorrectionRequest(practitioner.id(), onCase.businessKey(), text, username, clock.now()));
        processes.askForCorrection(onCase.businessKey(), onCase.caseManager());
        audit.record(AuditAction.ASKED_FOR_CORRECTION, practitioner.registration(), "on case " + onCase.businessKey());
        return practitioner;
    }
}
