package org.lotuspathway.learning.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sharing learning with other organisations: a dozen GP cases with distinctive names, reviewed in
 * May 2031 (a month no other test uses), and one dentist's, the only one of its kind; then bundles
 * exported and imported through the lead's API and pages.
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningExchangeTests {

    static final RequestPostProcessor LEAD = as("lead", "lead");
    static final String[] FIRST = {"Ottoline", "Peregrine", "Zephyrine", "Barnaby", "Clementine", "Evander",
            "Hyacinth", "Lysander", "Marigold", "Octavius", "Philippa", "Thaddeus"};
    static final String[] FAMILY = {"Wrenfeather", "Quillingham", "Brackenbury", "Fettiplace", "Gorringe",
            "Haverstock", "Inchbald", "Jellicoe", "Kettlewell", "Lovibond", "Mountjoy", "Nettleship"};

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final List<String> keys = new ArrayList<>();
    final List<String> numbers = new ArrayList<>();
    String dentist;

    @BeforeAll
    void reviewADozenCasesInMay2031() {
        TestClock.stopAt(TestClock.uk(2031, 5, 14, 10, 0));
        for (int i = 0; i < FIRST.length; i++) {
            String name = "Dr " + FIRST[i] + " " + FAMILY[i];
            String number = "73510" + String.format("%02d", i);
            String key = driver.raise(PathwayDriver.concernAbout(name, number));
            review(key, "Dr " + FAMILY[i] + " (GMC " + number + ") was seen promptly; see " + key + ".",
                    FIRST[i] + " " + FAMILY[i] + " had no induction at the practice.");
            keys.add(key);
            numbers.add(number);
        }
        dentist = driver.raise(new NewConcern(new PractitionerDetails("Dr Isolde Pennyfeather", Profession.DENTIST,
                Register.GDC, "735113"), ConcernSource.EMPLOYER, Set.of(ConcernArea.CLINICAL), "Records were late.",
                LocalDate.of(2026, 11, 2)));
        review(dentist, "Dr Pennyfeather was told kindly.", "Records were late.");
        TestClock.restart();
    }

    private void review(String key, String wentWell, String didNotGoWell) {
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "wentWell", wentWell, "didNotGoWell", didNotGoWell,
                "learningThemes", List.of("INDUCTION"),
                "action1", "Write an induction pack", "action1Owner", "casemanager",
                "action1DueOn", "2031-07-01"));
    }

    JsonNode exportMay2031() throws Exception {
        String body = mvc.perform(get("/api/learning/export?from=2031-05&to=2031-05").with(LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void anExportCarriesNoNameNumberOrCaseReferenceOfTheCasesItCameFrom() throws Exception {
        String bytes = mvc.perform(get("/api/learning/export?from=2031-05&to=2031-05").with(LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode bundle = json.readTree(bytes);

        assertThat(bundle.get("entries")).hasSize(12);
        for (int i = 0; i < FIRST.length; i++) {
            assertThat(bytes).doesNotContainIgnoringCase(FIRST[i]).doesNotContainIgnoringCase(FAMILY[i])
                    .doesNotContain(numbers.get(i)).doesNotContain(keys.get(i)).doesNotContain(keys.get(i).substring(4));
        }
        assertThat(bytes).doesNotContain("Pennyfeather", "Isolde", "735113", dentist, "casemanager", "Cara");
        JsonNode first = bundle.get("entries").get(0);
        assertThat(first.get("reviewedMonth").asText()).isEqualTo("2031-05");
        assertThat(first.get("learning").asText()).contains("[the practitioner] (GMC [registration number]) was seen promptly; see [case reference].");
        assertThat(first.get("themes").get(0).get("code").asText()).isEqualTo("INDUCTION");
        assertThat(first.get("actions").get(0).has("owner")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from learning_export where destination = 'api' and entries = 12",
                Integer.class)).isPositive();
    }

    @Test
    void anEntryUniqueOnItsQuasiIdentifiersIsHeldBackWithoutItsText() throws Exception {
        JsonNode bundle = exportMay2031();

        assertThat(bundle.get("entries").findValuesAsText("profession")).containsOnly("GP");
        assertThat(bundle.get("heldBack")).hasSize(1);
        assertThat(bundle.get("heldBack").get(0).get("reason").asText()).startsWith("Fewer than 5 entries")
                .doesNotContain("Records were late");
    }

    @Test
    void thePreviewShowsWhatWouldLeaveAndWhatIsHeldBack() throws Exception {
        Document page = html(mvc.perform(get("/learning/share?from=2031-05&to=2031-05").with(LEAD))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h2:contains(entries would leave)").text()).isEqualTo("12 entries would leave, 1 held back");
        assertThat(page.select(".lotus-held-back li").text()).contains("Fewer than 5 entries");
        assertThat(page.select(".lotus-outgoing pre").first().text()).contains("\"reviewedMonth\" : \"2031-05\"");
        assertThat(page.select("main").text()).doesNotContain("Wrenfeather", "Pennyfeather");
    }

    @Test
    void aBundleImportedTwiceAddsNothingTheSecondTime() throws Exception {
        String bundle = bundle("NW-TWICE", entry(UUID.randomUUID().toString(), "A quiet lesson about rotas."));

        mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON).content(bundle))
                .andExpect(status().isCreated()).andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .isEqualTo("{\"added\":1,\"skipped\":0}"));
        String again = mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                .content(bundle)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(again).get("added").asInt()).isZero();
        assertThat(json.readTree(again).get("skipped").asInt()).isEqualTo(1);
        assertThat(count("NW-TWICE")).isEqualTo(1);
    }

    @Test
    void bundlesWithIdentifiersAnUnknownVersionOrAMalformedEntryAreRefusedAndNothingIsStored() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, String> refused = Map.of(
                bundle("NW-BAD", entry(id, "The GMC number 7000001 was on the letter.")), "a registration number",
                bundle("NW-BAD", entry(id, "Write to someone@example.org.")), "an email address",
                bundle("NW-BAD", entry(id, "Fine.")).replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                "schemaVersion 2 is not a version this application reads",
                bundle("NW-BAD", entry(id, "Fine.").replace("\"route\":\"INVESTIGATION\",", "")), "route",
                bundle("NW-BAD", entry(id, "Fine.").replace("\"outcome\"", "\"practitioner\":\"Dr X\",\"outcome\"")),
                "practitioner",
                bundle("NW-BAD", entry(id, "Fine.")).replace("}]", "}"), "not valid JSON");
        for (Map.Entry<String, String> each : refused.entrySet()) {
            String answer = mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                    .content(each.getKey())).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(json.readTree(answer).get("problems").toString()).as(each.getValue()).contains(each.getValue())
                    .doesNotContain("7000001", "someone@example.org");
        }
        assertThat(count("NW-BAD")).isZero();
    }

    /** Random ids look like registration numbers often enough ("1234567a-...", "...d-1234-..."): they are not scanned. */
    @Test
    void entryIdsAreNeverTakenForIdentifiersButHiddenCharactersAnywhereAreRefused() throws Exception {
        String ids = bundle("NW-IDS", entry("1234567a-0000-4000-8000-000000000001", "Rotas were shared weekly."),
                entry("0000000d-1234-4000-8000-000000000002", "Rotas were shared weekly."),
                entry("00000000-0000-4000-8000-12a3456e0003", "Rotas were shared weekly."));
        mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON).content(ids))
                .andExpect(status().isCreated());
        assertThat(count("NW-IDS")).isEqualTo(3);

        for (String hidden : List.of("Rotas \u202etxt.exe", "Rotas\\u0007 shared")) {
            String answer = mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                    .content(bundle("NW-HIDDEN", entry(UUID.randomUUID().toString(), hidden))))
                    .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
            assertThat(answer).contains("entries[0].learning has hidden characters");
        }
        assertThat(count("NW-HIDDEN")).isZero();
    }

    @Test
    void ownOrganisationsBundleIsRefused() throws Exception {
        String answer = mvc.perform(post("/api/learning/import").with(LEAD).contentType(MediaType.APPLICATION_JSON)
                .content(bundle("LOCAL", entry(UUID.randomUUID().toString(), "Ours."))))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("from this organisation");
    }

    @Test
    void importedEntriesAreFoundByThemeInTheLibraryMarkedWithTheirOrganisation() throws Exception {
        String id = UUID.randomUUID().toString();
        String bundle = bundle("NW-UPLOAD", entry(id, "Petrichor: a handover sheet after every locum session.")
                .replace("{\"code\":\"INDUCTION\",\"name\":\"Induction\"}",
                        "{\"code\":\"INDUCTION\",\"name\":\"Induction\"},{\"code\":\"LOCUM_SUPPORT\",\"name\":\"Locum support\"}"));
        mvc.perform(multipart("/learning/share/import").file(new MockMultipartFile("bundle", "b.json",
                "application/json", bundle.getBytes(StandardCharsets.UTF_8))).with(LEAD).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document library = html(mvc.perform(get("/learning?theme=INDUCTION&q=petrichor").with(as("learner", "learning")))
                .andExpect(status().isOk()).andReturn());
        assertThat(library.select(".lotus-shared-lesson")).hasSize(1);
        assertThat(library.select(".lotus-shared-lesson .lotus-source").text()).isEqualTo("From North West Upload Trust");
        Document entry = html(mvc.perform(get(library.select(".lotus-shared-lesson h3 a").attr("href"))
                .with(as("learner", "learning"))).andExpect(status().isOk()).andReturn());
        assertThat(entry.select(".lotus-learning").text()).contains("Petrichor");
        assertThat(entry.text()).contains("Locum support (not yet mapped to a theme here)", "Handover sheets in every room (2031-04)");

        Document importPage = html(mvc.perform(get("/learning/share/import").with(LEAD)).andExpect(status().isOk()).andReturn());
        assertThat(importPage.select(".lotus-theme-map h3").text()).contains("Locum support (LOCUM_SUPPORT)");
        Document theme = html(mvc.perform(get("/learning/theme/INDUCTION").with(as("learner", "learning")))
                .andExpect(status().isOk()).andReturn());
        assertThat(theme.select(".lotus-changes-theirs").text()).contains("North West Upload Trust",
                "Handover sheets in every room");
    }

    @Test
    void whatChangedAfterAnActionTravelsWithItsMonthAndShowsOnTheThemesPage() throws Exception {
        Long action = jdbc.queryForObject("""
                select min(a.id) from improvement_action a join lessons_review r on r.id = a.review_id
                  join concern c on c.id = r.concern_id where c.business_key = ?""", Long.class, keys.get(0));
        mvc.perform(post("/learning/actions/" + action + "/what-changed").with(LEAD).with(csrf())
                .param("whatChanged", "Every new GP now gets the induction pack in week one."))
                .andExpect(status().is3xxRedirection());

        assertThat(exportMay2031().get("entries").findValues("whatChanged").toString())
                .contains("{\"text\":\"Every new GP now gets the induction pack in week one.\",\"month\":\"2026-11\"}");
        Document theme = html(mvc.perform(get("/learning/theme/INDUCTION").with(as("learner", "learning")))
                .andExpect(status().isOk()).andReturn());
        assertThat(theme.select(".lotus-changes-ours").text()).contains("November 2026: Every new GP now gets the induction pack");
        mvc.perform(post("/learning/actions/" + action + "/what-changed").with(as("pag", "pag")).with(csrf())
                .param("whatChanged", "Not mine to say.")).andExpect(status().isForbidden());
    }

    @Test
    void aLearningReaderMayNotExportOrImport() throws Exception {
        mvc.perform(get("/learning/share").with(as("learner", "learning"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/learning/export").with(as("ro", "ro"))).andExpect(status().isForbidden());
        mvc.perform(get("/learning/share/across").with(as("ro", "ro"))).andExpect(status().isOk());
        mvc.perform(get("/learning/share/across").with(as("learner", "learning"))).andExpect(status().isForbidden());
    }

    @Test
    void theHubsDoorsWantAMembersTokenAndNeverAnswer500() throws Exception {
        mvc.perform(post("/api/learning/bundles").header("Authorization", "Bearer nothing")
                .contentType(MediaType.APPLICATION_JSON).content("{]")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/learning/entries?since=x")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/learning/entries").with(LEAD)).andExpect(status().isForbidden());
    }

    private int count(String organisation) {
        return jdbc.queryForObject("select count(*) from shared_entry where organisation_code = ?", Integer.class,
                organisation);
    }

    static String bundle(String code, String... entries) {
        String name = code.equals("NW-UPLOAD") ? "North West Upload Trust" : "Organisation " + code;
        return "{\"schemaVersion\":1,\"organisation\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},"
                + "\"exportedOn\":\"2031-05\",\"entries\":[" + String.join(",", entries) + "],\"heldBack\":[]}";
    }

    static String entry(String id, String learning) {
        return "{\"id\":\"" + id + "\",\"profession\":\"GP\",\"concernAreas\":[\"CLINICAL\"],\"route\":\"INVESTIGATION\","
                + "\"outcome\":\"MONITOR\",\"reviewedMonth\":\"2031-Q1\",\"themes\":[{\"code\":\"INDUCTION\",\"name\":\"Induction\"}],"
                + "\"seipsFactors\":[\"ORGANISATION\"],\"learning\":\"" + learning + "\",\"actions\":[{\"description\":"
                + "\"Handover sheets\",\"status\":\"DONE\",\"whatChanged\":{\"text\":\"Handover sheets in every room\","
                + "\"month\":\"2031-04\"}}]}";
    }
}
