package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;

/**
 * Cases for the register's tests, about practitioners no other test uses: registration numbers
 * from a range of their own, and a made-up word in each name, so that a search for it finds only
 * the cases a test made, however many others the shared database holds.
 */
final class RegisterCases {

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(7_200_000 + ThreadLocalRandom.current().nextInt(700_000));
    private static final String LETTERS = "bcdfghjklmnpqrstvwxz";

    private final PathwayDriver driver;
    private final ConcernIntake intake;

    RegisterCases(PathwayDriver driver, ConcernIntake intake) {
        this.driver = driver;
        this.intake = intake;
    }

    /** A word no real name has, such as "Qvexbrin": add it to a name to find just that practitioner. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("Qv");
        for (int i = 0; i < 8; i++) {
            word.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    static String gmcNumber() {
        return String.valueOf(NEXT_NUMBER.getAndIncrement());
    }

    /** A dentist's number: six digits, from the same range. */
    static String gdcNumber() {
        return String.valueOf(NEXT_NUMBER.getAndIncrement() % 1_000_000);
    }

    String raise(String name, String gmcNumber) {
        return raise(name, Profession.GP, Register.GMC, gmcNumber, "casemanager");
    }

    String raise(String name, Profession profession, Register register, String number, String caseManager) {
        return intake.raise(new NewConcern(new PractitionerDetails(name, profession, register, number),
                ConcernSource.PATIENT, Set.of(ConcernArea.CLINICAL), "A patient says a referral was not made.",
                LocalDate.of(2026, 11, 2)), caseManager).businessKey();
    }

    /** Triaged as low risk (likelihood 1, impact 2): local resolution is next. */
    void triageLow(String key) {
        driver.triageAs(key, 1, 2);
    }

    /** Low risk, resolved locally, reviewed and closed. */
    void close(String key) {
        triageLow(key);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);
    }
}
