package org.lotuspathway.wellbeing;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CheckIns {

    private final Concerns concerns;
    private final CheckInRepository checkIns;
    private final PathwayClock clock;

    CheckIns(Concerns concerns, CheckInRepository checkIns, PathwayClock clock) {
        this.concerns = concerns;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @Transactional
    public CheckIn checkIn(String businessKey, CheckInReason reason, CheckInAnswers answers, String recordedBy) {
        if (answers.checkedInOn().isAfter(clock.today())) {
            throw InvalidSubmission.of("checkedInOn", "Record a check-in once it has happened");
        }
        return checkIns.save(new CheckIn(concerns.get(businessKey), reason, answers, recordedBy, clock.now()));
    }
}
