package org.lotuspathway.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

@PathwayTest
class StaffDirectoryTests {

    @Autowired
    StaffDirectory staff;
    @Autowired
    IdentityService identity;

    @Test
    void membersOfSeveralGroupsComeOnceEachInOrderOfTheirIds() {
        staff.ensureGroup("sdtnorth", "North team", "WORKFLOW");
        staff.ensureGroup("sdtsouth", "South team", "WORKFLOW");
        staff.ensureGroup("sdteast", "East team", "WORKFLOW");
        staff.ensureUser(new StaffMember("sdtzara", "Zara", "North", null), "a long password 1", "sdtnorth");
        staff.ensureUser(new StaffMember("sdtamir", "Amir", "South", null), "a long password 2", "sdtsouth");
        staff.ensureUser(new StaffMember("sdtboth", "Bo", "Both", null), "a long password 3", "sdtnorth");
        identity.createMembership("sdtboth", "sdtsouth");
        staff.ensureUser(new StaffMember("sdterin", "Erin", "East", null), "a long password 4", "sdteast");

        assertThat(staff.membersOfAny(List.of("sdtnorth", "sdtsouth"))).extracting(StaffMember::id)
                .containsExactly("sdtamir", "sdtboth", "sdtzara");
        assertThat(staff.membersOfAny(List.of("sdtsouth"))).extracting(StaffMember::id)
                .containsExactly("sdtamir", "sdtboth");
        assertThat(staff.membersOfAny(List.of("sdtnorth"))).first()
                .satisfies(member -> assertThat(member.name()).isEqualTo("Bo Both"));
        assertThat(staff.membersOfAny(List.of())).isEmpty();
        // the groups are bound as values, never read as SQL
        assertThat(staff.membersOfAny(List.of("sdtnone') or ('1' = '1", "sdtnone"))).isEmpty();
    }
}
