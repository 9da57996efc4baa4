package org.lotuspathway.demo;

import java.util.List;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo users, one per role, for trying the app locally. Only in the default profile: any named
 * profile (postgres, production) starts without them. Created as the engine is built, so they
 * exist before the first request and Camunda's Admin setup page never offers to create an admin.
 */
@Component
@Profile("default")
class DemoUsers implements SmartInitializingSingleton {

    static final String PASSWORD = "demo";
    /** The GMC numbers of the two practitioners who sign in to the portal, Dr Ann and Dr Ben Example. */
    static final String ANN_GMC = "7000001";
    static final String BEN_GMC = "7000002";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("casemanager", "Cara", "Manager", Roles.CASE_MANAGER),
            new DemoUser("pag", "Priya", "Panel", Roles.PANEL),
            new DemoUser("ro", "Robert", "Officer", Roles.RESPONSIBLE_OFFICER),
            new DemoUser("wellbeing", "Wen", "Wellbeing", Roles.WELLBEING),
            new DemoUser("lead", "Lee", "Lead", Roles.LEAD),
            new DemoUser("admin", "Ada", "Admin", Roles.ADMIN),
            new DemoUser("practitioner", "Ann", "Example", Roles.PRACTITIONER),
            new DemoUser("practitioner2", "Ben", "Example", Roles.PRACTITIONER),
            new DemoUser("learner", "Lin", "Learner", Roles.LEARNING));

    private static final List<String[]> GROUPS = List.of(
            new String[] {Roles.CASE_MANAGER, "Case managers", "WORKFLOW"},
            new String[] {Roles.PANEL, "PAG/PSG members", "WORKFLOW"},
            new String[] {Roles.RESPONSIBLE_OFFICER, "Responsible Officer", "WORKFLOW"},
            new String[] {Roles.WELLBEING, "Wellbeing contacts", "WORKFLOW"},
            new String[] {Roles.LEAD, "Process leads", "WORKFLOW"},
            new String[] {Roles.ADMIN, "Administrators", "SYSTEM"},
            new String[] {Roles.PRACTITIONER, "Practitioners", "WORKFLOW"},
            new String[] {Roles.LEARNING, "Lessons library readers", "WORKFLOW"});

    private final PractitionerRepository practitioners;
    private final StaffDirectory staff;

    DemoUsers(PractitionerRepository practitioners, StaffDirectory staff) {
        this.practitioners = practitioners;
        this.staff = staff;
    }

    @Override
    public void afterSingletonsInstantiated() {
        GROUPS.forEach(group -> staff.ensureGroup(group[0], group[1], group[2]));
        USERS.forEach(user -> staff.ensureUser(new StaffMember(user.id(), user.firstName(), user.lastName(),
                user.id() + "@lotuspathway.example"), PASSWORD, user.group()));
        linkPractitioner("practitioner", "Dr Ann Example", ANN_GMC);
        linkPractitioner("practitioner2", "Dr Ben Example", BEN_GMC);
        StringBuilder table = new StringBuilder("Demo users (password '" + PASSWORD + "' for each), default profile only:");
        USERS.forEach(user -> table.append("%n  %-14s %s".formatted(user.id(), user.group())));
        log.info(table.toString());
    }

    private void linkPractitioner(String username, String name, String gmcNumber) {
        if (practitioners.findByUsername(username).isPresent()) {
            return;
        }
        Practitioner practitioner = practitioners.findByRegisterAndRegisterNumber(Register.GMC, gmcNumber)
                .orElseGet(() -> new Practitioner(name, Profession.GP, Register.GMC, gmcNumber));
        practitioner.linkToUser(username);
        practitioners.save(practitioner);
    }
}
