package org.lotuspathway.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.EqualityAnswers;
import org.lotuspathway.concern.EqualityAnswers.AgeBand;
import org.lotuspathway.concern.EqualityAnswers.Disability;
import org.lotuspathway.concern.EqualityAnswers.Ethnicity;
import org.lotuspathway.concern.EqualityAnswers.PlaceOfQualification;
import org.lotuspathway.concern.EqualityAnswers.PracticeRole;
import org.lotuspathway.concern.EqualityAnswers.Sex;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;

/**
 * Fictional practitioners and the concerns raised about them. Registration numbers sit in ranges
 * kept for demo data (GMC 79xxxxx, GDC 79xxxx, GOC 01-79xxx), which is how a second run knows
 * the demo cases are already there.
 */
final class DemoPractitioners {

    /** Matches every demo practitioner's registration number, in SQL. */
    static final String DEMO_NUMBERS = "register_number like '79%' or register_number like '01-79%'";

    private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hamza",
            "Isla", "Jonah", "Kemi", "Liam", "Maya", "Nikhil", "Olivia", "Pavel", "Qasim", "Rosa", "Sanjay", "Tara",
            "Uche", "Vera", "Wei", "Yusuf", "Zofia", "Aled", "Bronwen", "Ciaran", "Deepa", "Emeka");
    private static final List<String> LAST = List.of("Adeyemi", "Bancroft", "Chaudhry", "Dimitrov", "Evans", "Fairweather",
            "Gallagher", "Hussain", "Ibekwe", "Jablonski", "Kaur", "Lindqvist", "Mensah", "Nakamura", "Okafor",
            "Pemberton", "Quigley", "Rahman", "Sorensen", "Thornbury", "Umarov", "Varga", "Whitfield", "Xu", "Yilmaz",
            "Zeller", "Ashdown", "Brightwater", "Castellano", "Drummond");
    private static final List<String> SUMMARIES = List.of(
            "A patient says a two-week-wait referral was not made after a consultation about a breast lump.",
            "The practice manager reports repeated late arrival and clinics cancelled at short notice.",
            "A pharmacist raised concerns about high-dose opioid prescribing without review.",
            "A colleague reports an abrupt and dismissive manner with patients and staff.",
            "A patient's relative complains that safety-netting advice was not given before a deterioration.",
            "An audit found records missing for a number of home visits.",
            "The regulator has told us of a complaint it received about clinical decision-making.",
            "A claim for sessions not worked was found during a routine payment check.",
            "The practitioner told us of a health condition affecting their work and asked for support.");

    private final Random random;
    private int next = 1;
    private final java.util.Map<String, PractitionerDetails> named = new java.util.HashMap<>();

    DemoPractitioners(Random random) {
        this.random = random;
    }

    NewConcern concern(LocalDate receivedOn) {
        Profession profession = pick(List.of(Profession.GP, Profession.GP, Profession.GP, Profession.GP, Profession.GP,
                Profession.GP, Profession.GP, Profession.DENTIST, Profession.DENTIST, Profession.OPTOMETRIST,
                Profession.HOSPITAL_DOCTOR));
        int number = next++;
        Register register;
        String registerNumber;
        String title;
        switch (profession) {
            case DENTIST -> {
                register = Register.GDC;
                registerNumber = "79%04d".formatted(number % 10_000);
                title = "Dr ";
            }
            case OPTOMETRIST -> {
                register = Register.GOC;
                registerNumber = "01-79%03d".formatted(number % 1_000);
                title = "";
            }
            default -> {
                register = Register.GMC;
                registerNumber = "79%05d".formatted(number % 100_000);
                title = "Dr ";
            }
        }
        String name = title + pick(FIRST) + " " + pick(LAST);
        Set<ConcernArea> areas = EnumSet.of(pick(List.of(ConcernArea.CLINICAL, ConcernArea.CLINICAL, ConcernArea.CLINICAL,
                ConcernArea.CONDUCT, ConcernArea.CONDUCT, ConcernArea.PROBITY, ConcernArea.HEALTH)));
        if (random.nextInt(5) == 0) {
            areas.add(pick(List.of(ConcernArea.values())));
        }
        // Numbers repeat once there are more cases than numbers: a repeat is another concern about the
        // same practitioner, so it names them as before (the intake refuses a number under another name).
        PractitionerDetails practitioner = named.computeIfAbsent(register + " " + registerNumber,
                registration -> new PractitionerDetails(name, profession, register, registerNumber));
        return new NewConcern(practitioner,
                pick(List.of(ConcernSource.PATIENT, ConcernSource.PATIENT, ConcernSource.PATIENT,
                        ConcernSource.CLINICAL_COLLEAGUE, ConcernSource.EMPLOYER, ConcernSource.NON_CLINICAL_COLLEAGUE,
                        ConcernSource.REGULATOR, ConcernSource.COMMISSIONER, ConcernSource.ANONYMOUS)),
                areas, pick(SUMMARIES), receivedOn, random.nextInt(100) < 15 ? null : equality());
    }

    /** Answers skewed the way "Fair to refer?" found referrals skewed, so the monitoring has something to show. */
    private EqualityAnswers equality() {
        return new EqualityAnswers(
                weighted(Ethnicity.values(), 33, 9, 4, 45, 4, 5),
                weighted(PlaceOfQualification.values(), 52, 10, 33, 5),
                weighted(Sex.values(), 40, 55, 5),
                weighted(AgeBand.values(), 12, 28, 30, 22, 5, 3),
                weighted(Disability.values(), 5, 88, 7),
                weighted(PracticeRole.values(), 25, 30, 30, 10, 5));
    }

    private <T> T weighted(T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
