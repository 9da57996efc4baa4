package org.lotuspathway.learning.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotuspathway.LotusPathwayApplication;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.Browser;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Learning shared across organisations, in real browsers: a lead of this organisation previews a
 * month's lessons (five GPs' shared, a dentist's held back as unique), downloads the bundle; a lead
 * of a second organisation, an application of its own in this JVM, uploads it and finds the lessons
 * on supervision in their library, marked with where they came from and naming nobody.
 */
@PathwayTest
class LearningExchangeBrowserTests {

    static final String ORGANISATION_A = "Lotus Pathway organisation";
    static final String[] FIRST = {"Aurelian", "Briony", "Cosimo", "Delphine", "Erasmus"};
    static final String[] FAMILY = {"Quarrendon", "Stillingfleet", "Tollemache", "Umfreville", "Vavasour"};
    static final String DENTIST = "Dr Wilhelmina Yelverton";

    @LocalServerPort
    int port;
    @Autowired
    PathwayDriver driver;

    @TempDir
    Path downloads;
    @TempDir
    Path data;

    final List<String> identifying = new ArrayList<>();
    final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeBrowsersAndTheSecondOrganisation() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aLeadPreviewsAndDownloadsABundleAndAnotherOrganisationsLeadImportsItAndFindsItByTheme() throws Exception {
        reviewFiveGpCasesAndADentistsInMarch2037();

        Browser a = open(new Browser(port, downloads));
        a.signIn("lead");
        a.open("/learning");
        a.follow("Share with other organisations");
        assertThat(a.heading()).isEqualTo("Share learning with other organisations");
        a.date("from", "2037-03");
        a.date("to", "2037-03");
        a.press("Preview");
        assertThat(a.driver().findElement(By.cssSelector("main h2")).getText()).isEqualTo("5 entries would leave, 1 held back");
        assertThat(a.driver().findElement(By.cssSelector(".lotus-held-back")).getText())
                .contains("Fewer than 5 entries").doesNotContain("Yelverton", "Records were kept");
        List<WebElement> outgoing = a.driver().findElements(By.cssSelector(".lotus-outgoing"));
        assertThat(outgoing).hasSize(5);
        assertThat(outgoing.get(0).getText()).contains("\"reviewedMonth\" : \"2037-03\"", "[the practitioner]");
        assertThat(a.driver().findElement(By.tagName("main")).getText()).contains("Supervision", "Record keeping");
        assertNamesNobody(a.driver().findElement(By.tagName("main")).getText());

        Path bundle = a.download("Download the bundle");
        assertThat(bundle.getFileName().toString()).isEqualTo("learning-LOCAL-2037-03-to-2037-03.json");
        String bytes = Files.readString(bundle, StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(bytes);
        assertThat(json.get("entries")).hasSize(5);
        assertThat(json.get("heldBack")).hasSize(1);
        assertNamesNobody(bytes);

        ConfigurableApplicationContext trustB = open(startOrganisationB());
        Browser b = open(new Browser(Integer.parseInt(trustB.getEnvironment().getProperty("local.server.port"))));
        b.signIn("lead");
        b.open("/learning");
        b.follow("Import");
        assertThat(b.heading()).isEqualTo("Import learning from another organisation");
        b.attach("bundle", bundle);
        b.press("Import the bundle");
        assertThat(b.text()).contains("Imported 5 entries from " + ORGANISATION_A + ".");

        b.follow("Library");
        b.select("theme", "Supervision");
        b.press("Search");
        assertThat(b.text()).contains("From other organisations: 3 lessons");
        List<WebElement> shared = b.driver().findElements(By.cssSelector(".lotus-shared-lesson"));
        assertThat(shared).hasSize(3).allSatisfy(card -> assertThat(card.getText())
                .contains("From " + ORGANISATION_A, "Supervision", "supervisor").doesNotContain("templates"));
        String library = b.driver().findElement(By.tagName("main")).getText();
        assertNamesNobody(library);
        b.screenshot("learning-imported-by-theme");

        b.follow(shared.get(0).findElement(By.cssSelector("h3 a")).getText());
        assertThat(b.driver().findElement(By.cssSelector(".lotus-source")).getText())
                .isEqualTo("From " + ORGANISATION_A + " (LOCAL), read-only");
        assertThat(b.driver().findElement(By.cssSelector(".lotus-learning")).getText())
                .contains("[the practitioner]", "supervisor");
        assertNamesNobody(b.text());
    }

    /** Five GPs' cases alike on every quasi-identifier (three on supervision, two on record keeping), and one dentist's. */
    private void reviewFiveGpCasesAndADentistsInMarch2037() {
        TestClock.stopAt(TestClock.uk(2037, 3, 11, 10, 0));
        for (int i = 0; i < FIRST.length; i++) {
            String name = "Dr " + FIRST[i] + " " + FAMILY[i];
            String number = "84620" + String.format("%02d", i);
            String key = driver.raise(PathwayDriver.concernAbout(name, number));
            boolean supervision = i < 3;
            review(key, "Dr " + FAMILY[i] + " (GMC " + number + ") " + (supervision
                    ? "met a named supervisor every week; see " + key + "."
                    : "used the new notes templates; see " + key + "."),
                    FIRST[i] + " " + FAMILY[i] + (supervision ? " had no supervisor for a month." : " kept notes late."),
                    supervision ? "SUPERVISION" : "RECORD_KEEPING");
            identifying.addAll(List.of(FIRST[i], FAMILY[i], number, key, key.substring(4)));
        }
        String dentist = driver.raise(new NewConcern(new PractitionerDetails(DENTIST, Profession.DENTIST, Register.GDC,
                "846213"), ConcernSource.EMPLOYER, Set.of(ConcernArea.CLINICAL), "Records were kept late.",
                LocalDate.of(2026, 11, 2)));
        review(dentist, "Dr Yelverton was told kindly.", "Records were kept late.", "SUPERVISION");
        identifying.addAll(List.of("Wilhelmina", "Yelverton", "846213", dentist, dentist.substring(4)));
        TestClock.restart();
    }

    private void review(String key, String wentWell, String didNotGoWell, String theme) {
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "wentWell", wentWell, "didNotGoWell", didNotGoWell, "learningThemes", List.of(theme),
                "action1", "Name a supervisor for every new starter", "action1Owner", "casemanager",
                "action1DueOn", "2037-05-01"));
    }

    private void assertNamesNobody(String text) {
        for (String each : identifying) {
            assertThat(text).doesNotContainIgnoringCase(each);
        }
        assertThat(text).doesNotContain("casemanager");
    }

    /** A second organisation: an application of its own (engine, H2 file, organisation), as in {@link HubAndMemberTests}. */
    private ConfigurableApplicationContext startOrganisationB() {
        return new SpringApplicationBuilder(LotusPathwayApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("trust-b") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                // Camunda's webapps keep static state that a second application would overwrite (RestartTests)
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.process-engine-name=trust-b",
                "--lotus.organisation.code=NW-B", "--lotus.organisation.name=North West Trust B",
                "--lotus.demo-data.records=false", "--lotus.learning.hub.pull-cron=-", "--lotus.mail.send-on-schedule=false",
                "--lotus.register.reminders.cron=-", "--lotus.learning.action-reminders.cron=-",
                "--lotus.retention.cron=-", "--lotus.subject-access.cron=-");
    }

    private <T extends AutoCloseable> T open(T resource) {
        opened.add(resource);
        return resource;
    }
}
