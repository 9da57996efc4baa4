package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter's PDF is fit to send: the letterhead on page 1 (looked at as a picture), page numbers,
 * no heading left at the foot of a page, its own title and language, and tagged for screen readers.
 */
@PathwayTest
class LetterPdfTests {

    static final Set<String> HEADINGS = Set.of("What the panel looked at", "What the panel decided",
            "Why the panel decided this", "What happens next", "Undertakings or conditions",
            "Your right to comment or appeal", "Who to contact", "Support for you");

    @Autowired
    PathwayDriver driver;
    @Autowired
    Concerns concerns;
    @Autowired
    Letters letters;
    @Autowired
    LetterSettings settings;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path folder;

    String key;

    @BeforeEach
    void aCase() {
        key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7300001"));
    }

    @Test
    void pageOneCarriesTheLetterheadWithItsLogo() throws IOException {
        Path logo = folder.resolve("logo.png");
        ImageIO.write(solid(new Color(0x00, 0x5e, 0xb8), 300, 120), "png", logo.toFile());
        LetterPdf printer = printer(new LetterSettings("Northshire Professional Standards",
                List.of("Northshire ICB", "1 Example Street", "Leeds LS1 1AA"), logo, "Performance Advisory Group",
                "PAG", settings.supportFile()));

        byte[] pdf = printer.print("Update after the panel on 4 December 2026", letter("Reasons you can read."));
        BufferedImage page = Pdfs.renderPage(pdf, 0, 72, Path.of("target", "letters", "letter-page-1.png"));

        String pageOne = Pdfs.pageTexts(pdf).get(0);
        assertThat(pageOne.lines().limit(4)).containsExactly("Northshire Professional Standards", "Northshire ICB",
                "1 Example Street", "Leeds LS1 1AA");
        // The logo is printed at the top right; the left of the letterhead is text on white.
        assertThat(share(page, new Color(0x00, 0x5e, 0xb8), page.getWidth() * 2 / 3, 0, page.getWidth(), page.getHeight() / 8))
                .as("logo blue in the top right corner").isGreaterThan(0.05);
        assertThat(share(page, new Color(0x00, 0x5e, 0xb8), 0, page.getHeight() / 4, page.getWidth(), page.getHeight()))
                .as("no logo blue below the letterhead").isLessThan(0.001);
        try (PDDocument document = Pdfs.open(pdf)) {
            PDPage first = document.getPage(0);
            assertThat(first.getResources().getXObjectNames()).as("the logo is an image on the page").isNotEmpty();
        }
    }

    @Test
    void aLogoThatIsNotAnImageStopsTheAppFromStarting() throws IOException {
        Path notAnImage = Files.writeString(folder.resolve("logo.png"), "<svg onload='alert(1)'/>");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Letterhead(new LetterSettings("Team", List.of(),
                        notAnImage, "Performance Advisory Group", "PAG", settings.supportFile())))
                .hasMessageContaining("lotus.letters.logo must be a PNG or JPEG image");
    }

    @Test
    void thePdfHasTheLettersTitleItsLanguageAndATaggedStructure() throws IOException {
        Path logo = folder.resolve("logo.jpg");
        ImageIO.write(solid(Color.RED, 120, 60), "jpg", logo.toFile());
        byte[] pdf = printer(new LetterSettings("Northshire Professional Standards", List.of("Leeds LS1 1AA"), logo,
                "Performance Advisory Group", "PAG", settings.supportFile()))
                .print("Update after the panel on 4 December 2026", letter("Reasons you can read."));
        Files.createDirectories(Path.of("target", "letters"));
        Files.write(Path.of("target", "letters", "letter.pdf"), pdf);

        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Update after the panel on 4 December 2026");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            assertThat(tree).as("a structure tree").isNotNull();
            List<String> tags = new ArrayList<>();
            List<String> altTexts = new ArrayList<>();
            collectTags(tree.getKids(), tags, altTexts);
            assertThat(tags).contains("Document", "H1", "H2", "P", "Figure");
            assertThat(altTexts).contains("Northshire Professional Standards logo");
            assertThat(tags.indexOf("H1")).as("the first heading is the letter's title, an H1").isLessThan(tags.indexOf("H2"));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).as("claims PDF/UA-1").containsPattern("pdfuaid:part(>|=\")1");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void veraPdfFindsTheLetterMeetsPdfUa1AndPdfA3a() throws Exception {
        Path logo = folder.resolve("logo.png");
        ImageIO.write(solid(new Color(0x00, 0x5e, 0xb8), 300, 120), "png", logo.toFile());
        byte[] pdf = printer(new LetterSettings("Northshire Professional Standards", List.of("Leeds LS1 1AA"), logo,
                "Performance Advisory Group", "PAG", settings.supportFile()))
                .print("Update after the panel on 4 December 2026", letter(longText(30)));

        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a rules failed").isEmpty();
        assertThat(VeraPdf.failedRules(untagged(), PDFAFlavour.PDFUA_1)).as("an untagged PDF fails, so the check can fail")
                .isNotEmpty();
    }

    @Test
    void pagesAreNumberedAndTheDateIsInWords() {
        byte[] pdf = printer(settings).print("Update after the panel on 4 December 2026", letter(longText(60)));

        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(0)).contains("18 November 2026", "Update after the panel on 18 November 2026");
    }

    @Test
    void writingBeyondLatinIsPrintedInTheWholeFontAndStillMeetsPdfA3a() throws Exception {
        String beyondLatin = "Δημήτρης Παπαδόπουλος and Пётр Иванов spoke to the panel. Ünlü, Łukasz and Zoë too.";

        byte[] pdf = printer(settings).print("Update after the panel on 4 December 2026", letter(beyondLatin));

        assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains(beyondLatin);
        try (PDDocument document = Pdfs.open(pdf)) {
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a rules failed").isEmpty();
    }

    @Test
    void noHeadingIsLeftAtTheFootOfAPage() {
        int multiPage = 0;
        for (int sentences = 0; sentences <= 44; sentences += 2) {
            byte[] pdf = printer(settings).print("Update", letter(longText(sentences)));
            List<String> pages = Pdfs.pageTexts(pdf);
            multiPage += pages.size() > 1 ? 1 : 0;
            for (String page : pages.subList(0, pages.size() - 1)) {
                String lastLine = lastLineOfText(page);
                assertThat(HEADINGS).as("last line of a page, with %s sentences of reasons", sentences)
                        .doesNotContain(lastLine);
            }
        }
        assertThat(multiPage).as("letters long enough to need a second page").isGreaterThan(10);
    }

    private static byte[] untagged() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private LetterPdf printer(LetterSettings letterhead) {
        return new LetterPdf(new Letterhead(letterhead));
    }

    /** A letter written from the template, after a panel on the test's day, with these reasons. */
    private String letter(String reasons) {
        return new TransactionTemplate(transactions).execute(status -> {
            Concern concern = concerns.get(key);
            UpdateAnswers answers = new UpdateAnswers(driver.today(), "A referral that was sent late.",
                    "The panel decided to keep your case under review for a while.", reasons,
                    "We will meet you in the new year to talk about how things are going.",
                    LocalDate.of(2027, 3, 1), "You will keep a log of your referrals.",
                    UpdateWording.rightToRespond(org.lotuspathway.panel.PanelDecision.MONITOR),
                    "Cara Manager, case manager, casemanager@lotuspathway.example",
                    "You do not have to face this alone. Call NHS Practitioner Health on 0300 0303 300.");
            PractitionerUpdate update = PractitionerUpdate.afterPanel(concern, answers, null, "casemanager",
                    driver.today().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            return letters.write(update, concern, LetterTitles.of(UpdateKind.PANEL_OUTCOME, driver.today(), 1));
        });
    }

    private static String longText(int sentences) {
        return String.join(" ", java.util.Collections.nCopies(sentences, "You kept clear notes of each visit, and the panel saw that."));
    }

    private static String lastLineOfText(String page) {
        List<String> lines = page.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("Page \\d+ of \\d+")).toList();
        return lines.get(lines.size() - 1);
    }

    private static void collectTags(List<Object> kids, List<String> tags, List<String> altTexts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    altTexts.add(element.getAlternateDescription());
                }
                collectTags(element.getKids(), tags, altTexts);
            }
        }
    }

    private static BufferedImage solid(Color colour, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    /** The share of pixels in the rectangle that are close to {@code colour}. */
    private static double share(BufferedImage image, Color colour, int x0, int y0, int x1, int y1) {
        long matching = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color pixel = new Color(image.getRGB(x, y));
                all++;
                if (Arrays.stream(new int[] {pixel.getRed() - colour.getRed(), pixel.getGreen() - colour.getGreen(),
                        pixel.getBlue() - colour.getBlue()}).allMatch(d -> Math.abs(d) < 12)) {
                    matching++;
                }
            }
        }
        return (double) matching / all;
    }
}
