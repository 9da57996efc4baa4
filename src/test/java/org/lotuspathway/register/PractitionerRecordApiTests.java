package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditFilter;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A practitioner's record through the API: what integrations and their users see and change. */
@PathwayTest
@SuppressWarnings({"unchecked", "rawtypes"})
class PractitionerRecordApiTests {

    static final String DBS_CHECK = """
            {"vetting": {"level": "ENHANCED_WITH_BARRED_LISTS", "workforce": "ADULT_AND_CHILD",
             "certificateNumber": "001234567890", "issuedOn": "2026-03-02", "updateService": true,
             "updateServiceCheckedOn": "2026-11-01"}}""";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    RegisterCases cases;
    String number;
    String name;
    String key;

    @BeforeEach
    void aPractitionerWithACase() {
        cases = new RegisterCases(driver, intake);
        number = RegisterCases.gmcNumber();
        name = "Dr Record " + RegisterCases.uniqueWord();
        key = cases.raise(name, number);
    }

    @Test
    void eachChangeIsKeptWithWhoWhenAndTheValueBefore() {
        TestClock.stopAt(TestClock.uk("2026-11-20T10:00"));
        put("casemanager", """
                {"registration": {"status": "REGISTERED", "licenceToPractise": true, "revalidationDue": "2028-04-30",
                 "responsibleOfficer": "Dr Rhiannon Officer", "checkedOn": "2026-11-19"},
                 "performersList": {"list": "MEDICAL", "status": "INCLUDED", "effectiveOn": "2019-08-01"}}""");
        TestClock.stopAt(TestClock.uk("2026-12-03T14:30"));
        ResponseEntity<Map> changed = put("ro", """
                {"registration": {"status": "REGISTERED_WITH_CONDITIONS", "licenceToPractise": true,
                 "revalidationDue": "2028-04-30", "responsibleOfficer": "Dr Rhiannon Officer"}}""");

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> registration = (Map<String, Object>) changed.getBody().get("registration");
        assertThat(registration).containsEntry("status", "REGISTERED_WITH_CONDITIONS")
                .containsEntry("checkedOn", "2026-12-03").containsEntry("checkedBy", "ro")
                .containsEntry("renewalDue", null);
        assertThat((Map<String, Object>) changed.getBody().get("performersList")).containsEntry("list", "MEDICAL")
                .containsEntry("status", "INCLUDED").containsEntry("effectiveOn", "2019-08-01");
        List<Map<String, Object>> history = (List<Map<String, Object>>) changed.getBody().get("history");
        assertThat(history).filteredOn(line -> "status".equals(line.get("field")) && "REGISTRATION".equals(line.get("part")))
                .extracting(line -> line.get("previousValue"), line -> line.get("newValue"), line -> line.get("changedBy"),
                        line -> line.get("changedAt"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REGISTERED", "REGISTERED_WITH_CONDITIONS", "ro", "2026-12-03T14:30:00Z"),
                        org.assertj.core.groups.Tuple.tuple(null, "REGISTERED", "casemanager", "2026-11-20T10:00:00Z"));
        assertThat(history).filteredOn(line -> "checkedOn".equals(line.get("field")))
                .extracting(line -> line.get("previousValue")).containsExactly("2026-11-19", null);
        assertThat(audit.search(new AuditFilter("GMC " + number, null, null, null, 0)).getContent())
                .extracting(AuditEvent::action).contains(AuditAction.CHANGED_PRACTITIONER);
    }

    @Test
    void theCertificateNumberIsKeptWholeButOnlyItsLastFourAreEverShown() {
        ResponseEntity<Map> recorded = put("casemanager", DBS_CHECK);

        Map<String, Object> vetting = (Map<String, Object>) recorded.getBody().get("vetting");
        assertThat(vetting).containsEntry("certificateNumber", "********7890").containsEntry("level", "ENHANCED_WITH_BARRED_LISTS")
                .containsEntry("nextCheckDue", "2027-11-01");
        assertThat(jdbc.queryForObject("select r.dbs_certificate_number from practitioner_record r join practitioner p "
                + "on p.id = r.practitioner_id where p.register_number = ?", String.class, number)).isEqualTo("001234567890");
        ResponseEntity<Map> read = get("wellbeing");
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(String.valueOf(read.getBody())).contains("********7890").doesNotContain("001234567890");

        // sent back as read, masked, the number recorded stays
        ResponseEntity<Map> again = put("casemanager", DBS_CHECK.replace("001234567890", "********7890")
                .replace("2026-11-01", "2026-11-15"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select r.dbs_certificate_number from practitioner_record r join practitioner p "
                + "on p.id = r.practitioner_id where p.register_number = ?", String.class, number)).isEqualTo("001234567890");
    }

    @Test
    void aBadChangeGetsAMessageForEachWrongFieldAndChangesNothing() {
        put("casemanager", DBS_CHECK);
        ResponseEntity<Map> before = get("casemanager");

        ResponseEntity<Map> refused = put("casemanager", """
                {"registration": {"status": "STRUCK_OFF"},
                 "vetting": {"level": "ENHANCED", "certificateNumber": "12-34", "issuedOn": "2026-11-19"}}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) refused.getBody().get("errors")).containsOnly(
                Map.entry("registration.status", "registration.status must be one of REGISTERED, REGISTERED_WITH_CONDITIONS, "
                        + "REGISTERED_WITH_UNDERTAKINGS, REGISTERED_WITH_WARNING, SUSPENDED, ERASED, NOT_REGISTERED"),
                Map.entry("vetting.certificateNumber", "A DBS certificate number has 12 digits, like 001234567890"),
                Map.entry("vetting.issuedOn", "The issue date cannot be in the future"));
        assertThat(get("casemanager").getBody()).isEqualTo(before.getBody());
    }

    @Test
    void rulesFollowThePractitionersRegister() {
        String dentistNumber = RegisterCases.gdcNumber();
        cases.raise("Mr Dentist " + RegisterCases.uniqueWord(), Profession.DENTIST, Register.GDC, dentistNumber, "casemanager");

        ResponseEntity<Map> refused = rest.withBasicAuth("casemanager", "demo").exchange("/api/practitioners/GDC/" + dentistNumber,
                HttpMethod.PUT, json("""
                        {"registration": {"status": "REGISTERED", "licenceToPractise": true, "revalidationDue": "2027-01-01"},
                         "performersList": {"list": "MEDICAL", "status": "INCLUDED", "effectiveOn": "2020-01-01"},
                         "vetting": {"level": "BASIC", "issuedOn": "2026-01-01", "updateService": true}}"""), Map.class);

        assertThat((Map<String, String>) refused.getBody().get("errors")).containsOnlyKeys("registration.licenceToPractise",
                "registration.revalidationDue", "performersList.list", "vetting.updateService");
    }

    @Test
    void anUnknownPractitionerIsNotFoundAndAnEmptyChangeIsRefused() {
        assertThat(rest.withBasicAuth("casemanager", "demo").exchange("/api/practitioners/GMC/0000000", HttpMethod.PUT,
                json(DBS_CHECK), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("casemanager", "demo").getForEntity("/api/practitioners/XYZ/1", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> empty = put("casemanager", "{}");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) empty.getBody().get("errors")).containsKey("form");
        assertThat(put("casemanager", "{\"vetting\": {\"grade\": \"GOLD\"}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theRecordListsEveryConcernWithItsOutcome() {
        String closed = key;
        cases.close(closed);
        String open = cases.raise(name, number);

        List<Map<String, Object>> concerns = (List<Map<String, Object>>) get("wellbeing").getBody().get("concerns");

        assertThat(concerns).extracting(c -> c.get("businessKey"), c -> c.get("stage"), c -> c.get("outcome"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(open, "TRIAGE", null),
                        org.assertj.core.groups.Tuple.tuple(closed, "CLOSED", "Local resolution"));
        assertThat(concerns.get(1)).containsEntry("closedOn", TestClock.today().toString());
    }

    @Test
    void onlyTheCaseTeamReadAndOnlyCaseManagersAndTheResponsibleOfficerChange() {
        assertThat(get("lead").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("learner").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("pag", DBS_CHECK).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("wellbeing", DBS_CHECK).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("casemanager").getBody().get("vetting")).isNull();
    }

    @Test
    void aPractitionerReadsTheirOwnRecordAndNobodyElses() {
        cases.raise("Dr Ann Example", "7000001");
        assertThat(rest.withBasicAuth("casemanager", "demo").exchange("/api/practitioners/GMC/7000001", HttpMethod.PUT,
                json(DBS_CHECK), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> own = rest.withBasicAuth("practitioner", "demo").getForEntity("/api/practitioners/GMC/7000001", Map.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).containsEntry("name", "Dr Ann Example");
        assertThat(own.getBody().get("vetting")).as("their DBS check, as their record page shows it").isNotNull();
        assertThat((List<?>) own.getBody().get("history")).as("who changed what stays with the team, as on their page").isEmpty();
        assertThat((List<?>) rest.withBasicAuth("casemanager", "demo").getForEntity("/api/practitioners/GMC/7000001",
                Map.class).getBody().get("history")).isNotEmpty();
        assertThat(rest.withBasicAuth("practitioner2", "demo").getForEntity("/api/practitioners/GMC/7000001", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("practitioner", "demo").getForEntity("/api/practitioners/GMC/" + number, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("practitioner", "demo").exchange("/api/practitioners/GMC/7000001", HttpMethod.PUT,
                json(DBS_CHECK), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map> get(String user) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/practitioners/GMC/" + number, Map.class);
    }

    private ResponseEntity<Map> put(String user, String body) {
        return rest.withBasicAuth(user, "demo").exchange("/api/practitioners/GMC/" + number, HttpMethod.PUT, json(body),
                Map.class);
    }

    static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
