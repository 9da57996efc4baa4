package org.lotuspathway.meetings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A panel to sit on meetings (a chair, a clinical adviser, the RO's delegate, a lay member and a
 * secretary, all users), meetings at chosen times, and cases brought to the panel. Each test starts
 * with no meetings, since the rule picks from every meeting there is. A plain object made from the
 * context's beans, not a bean itself, so that test classes share the one {@code @PathwayTest} context.
 */
public class MeetingFixtures {

    public static final String CHAIR = "panelchair";
    public static final String ADVISER = "paneladviser";
    public static final String DELEGATE = "paneldelegate";
    public static final String LAY = "panellay";
    public static final String SECRETARY = "panelsecretary";

    private final MeetingSchedule schedule;
    private final PathwayDriver driver;
    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final Declarations declarations;

    public Declarations declarations() {
        return declarations;
    }

    public MeetingFixtures(MeetingSchedule schedule, PathwayDriver driver, JdbcTemplate jdbc, StaffDirectory staff) {
        this(schedule, driver, jdbc, staff, null);
    }

    public MeetingFixtures(MeetingSchedule schedule, PathwayDriver driver, JdbcTemplate jdbc, StaffDirectory staff,
            Declarations declarations) {
        this.declarations = declarations;
        this.schedule = schedule;
        this.driver = driver;
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** No meetings, no waiting cases, and the panel's members exist. */
    public void freshStart() {
        noMeetingsLeft();
        Map.of(CHAIR, "Chidi", ADVISER, "Ada", DELEGATE, "Dev", LAY, "Lara", SECRETARY, "Sam").forEach((user, name) ->
                staff.ensureUser(new StaffMember(user, name, "Panel", user + "@lotuspathway.example"), "demo",
                        user.equals(DELEGATE) ? Roles.RESPONSIBLE_OFFICER : Roles.PANEL));
    }

    /**
     * Left behind, a meeting would take the next test class's cases at the panel onto its agenda,
     * where the panel members those tests sign in as do not sit.
     */
    public void noMeetingsLeft() {
        jdbc.update("delete from meeting_declaration");
        jdbc.update("delete from meeting_minutes");
        jdbc.update("delete from agenda_item");
        jdbc.update("delete from meeting_member");
        jdbc.update("delete from meeting");
        jdbc.update("delete from meeting_wait");
    }

    public static List<NewMember> fullPanel() {
        return List.of(new NewMember(CHAIR, MeetingRole.CHAIR, null),
                new NewMember(ADVISER, MeetingRole.CLINICAL_ADVISER, Profession.GP),
                new NewMember(DELEGATE, MeetingRole.RO_DELEGATE, null), new NewMember(LAY, MeetingRole.LAY_MEMBER, null),
                new NewMember(SECRETARY, MeetingRole.SECRETARY, null));
    }

    public Meeting meetingAt(String ukDateTime) {
        return schedule.schedule(new NewMeeting(MeetingType.PAG, LocalDateTime.parse(ukDateTime), "Room 4, Quarry House",
                false, fullPanel()), "casemanager");
    }

    /** A moderate case, investigated, now at the panel. */
    public String moderateCaseAtThePanel(String name, String number) {
        String key = driver.raise(PathwayDriver.concernAbout(name, number));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager",
                Map.of("findings", "Referral delays during a locum gap"));
        return key;
    }

    /** A high-risk case, its interim action considered, now at an urgent panel. */
    public String urgentCaseAtThePanel(String name, String number) {
        String key = driver.raise(PathwayDriver.concernAbout(name, number));
        driver.triageAs(key, 5, 4);
        driver.complete(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, "interim-action", "ro",
                Map.of("interimAction", "SUSPENSION"));
        return key;
    }

    public static CurrentUser signedIn(String user, String... groups) {
        return new CurrentUser(user, Set.of(groups));
    }

    public static Outcome decided(String decision, String... present) {
        return new Outcome(List.of(present), "The investigation's findings and the practitioner's reflection.", decision,
                "Insight shown; a plan agreed.", "To work under supervision for six months.",
                "The case manager writes to the practitioner.", null);
    }
}
