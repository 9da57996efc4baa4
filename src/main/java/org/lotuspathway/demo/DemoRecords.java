package org.lotuspathway.demo;

import java.time.LocalDate;
import java.util.Set;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.register.PractitionerRecords;
import org.lotuspathway.register.StatusUpdate;
import org.lotuspathway.register.StatusUpdate.ListInput;
import org.lotuspathway.register.StatusUpdate.RegistrationInput;
import org.lotuspathway.register.StatusUpdate.VettingInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Something for the register, the records and the portal to show on a first start: a case about
 * each demo practitioner who signs in (Dr Ann Example, Dr Ben Example), and their registration,
 * performers list and DBS check. Ann's checks are in date but her revalidation falls due soon; Ben
 * has a DBS check overdue, so the list of checks missing or overdue and the morning's reminders
 * have him. Default profile only, on by default ({@code lotus.demo-data.records=false} turns it
 * off); it does nothing once either of them has a case or a record. Runs after {@link DemoCases}.
 */
@Component
@Profile("default")
@Order(2)
class DemoRecords implements ApplicationRunner {

    /** The demo portal users' practitioners, in SQL: their cases are demo cases too. */
    static final String THEIRS = "(register = 'GMC' and register_number in ('" + DemoUsers.ANN_GMC + "', '"
            + DemoUsers.BEN_GMC + "'))";

    private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);
    private static final String RECORDED_BY = "casemanager";

    private final boolean enabled;
    private final ConcernIntake intake;
    private final ConcernRepository concerns;
    private final PractitionerRepository practitioners;
    private final PractitionerRecords records;
    private final PathwayClock clock;

    DemoRecords(@Value("${lotus.demo-data.records:true}") boolean enabled, ConcernIntake intake,
            ConcernRepository concerns, PractitionerRepository practitioners, PractitionerRecords records,
            PathwayClock clock) {
        this.enabled = enabled;
        this.intake = intake;
        this.concerns = concerns;
        this.practitioners = practitioners;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled || hasCasesOrRecord(DemoUsers.ANN_GMC) || hasCasesOrRecord(DemoUsers.BEN_GMC)) {
            return;
        }
        LocalDate today = clock.today();
        String ann = raise("Dr Ann Example", DemoUsers.ANN_GMC, today.minusDays(6),
                "A patient says a two-week-wait referral was not made after a consultation about a breast lump.");
        records.update("GMC", DemoUsers.ANN_GMC, new StatusUpdate(
                new RegistrationInput("REGISTERED", true, today.plusDays(45).toString(), "Dr Robert Officer", null,
                        today.minusDays(20).toString()),
                new ListInput("MEDICAL", "INCLUDED", "2019-04-01"),
                new VettingInput("ENHANCED_WITH_BARRED_LISTS", "ADULT_AND_CHILD", "001234567890",
                        today.minusYears(2).toString(), true, today.minusDays(30).toString())), RECORDED_BY);
        String ben = raise("Dr Ben Example", DemoUsers.BEN_GMC, today.minusDays(2),
                "The practice manager reports repeated late arrival and clinics cancelled at short notice.");
        records.update("GMC", DemoUsers.BEN_GMC, new StatusUpdate(
                new RegistrationInput("REGISTERED_WITH_CONDITIONS", true, today.plusYears(2).toString(),
                        "Dr Robert Officer", null, today.minusDays(2).toString()),
                new ListInput("MEDICAL", "INCLUDED_WITH_CONDITIONS", today.minusMonths(3).toString()),
                new VettingInput("ENHANCED", "ADULT", "009876543210", today.minusYears(3).minusDays(20).toString(), false,
                        null)), RECORDED_BY);
        log.info("Added demo cases {} and {}, and records of registration, performers list and DBS checks, for the "
                + "practitioners who sign in as practitioner and practitioner2", ann, ben);
    }

    private boolean hasCasesOrRecord(String gmcNumber) {
        return practitioners.findByRegisterAndRegisterNumber(Register.GMC, gmcNumber)
                .map(p -> !concerns.findByPractitionerOrderByRaisedAtDesc(p).isEmpty() || records.recordOf(p).isPresent())
                .orElse(false);
    }

    private String raise(String name, String gmcNumber, LocalDate receivedOn, String summary) {
        return intake.raise(new NewConcern(new PractitionerDetails(name, Profession.GP, Register.GMC, gmcNumber),
                ConcernSource.EMPLOYER, Set.of(ConcernArea.CLINICAL), summary, receivedOn), RECORDED_BY).businessKey();
    }
}
