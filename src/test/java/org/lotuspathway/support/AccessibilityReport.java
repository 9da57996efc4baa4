package org.lotuspathway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.Dimension;

/**
 * axe-core's WCAG 2.2 AA rules run on each page a journey reaches, at 1280 x 900. Serious and
 * critical violations fail the journey; every page checked, with its moderate and minor findings,
 * is written to target/accessibility/{journey}.md for people to read (and should say "none").
 */
public final class AccessibilityReport {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final Dimension WINDOW = new Dimension(1280, 900);

    private final String journey;
    private final List<String> pages = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public AccessibilityReport(String journey) {
        this.journey = journey;
    }

    /** Checks the page the browser shows now; {@code what} names it in the report ("task list"). */
    public void check(Browser browser, String what) {
        if (!browser.driver().manage().window().getSize().equals(WINDOW)) {
            browser.driver().manage().window().setSize(WINDOW);
        }
        Results results = new AxeBuilder().setLegacyMode(true).withOptions(wcag22AaViolationsInFull())
                .analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + what + ": " + results.getErrorMessage());
        }
        StringBuilder page = new StringBuilder("## " + what + "\n\n" + browser.path() + " — \""
                + browser.driver().getTitle() + "\"\n\n");
        page.append(results.getPasses().size()).append(" rules passed.\n\n");
        List<Rule> violations = results.getViolations();
        if (violations.isEmpty()) {
            page.append("No findings.\n");
        }
        for (Rule rule : violations) {
            String line = "- **" + rule.getImpact() + "** " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")";
            page.append(line).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                page.append("  - `").append(node.getTarget()).append("` ").append(node.getHtml().replace('\n', ' ')).append('\n');
            }
            if (FAILING.contains(rule.getImpact())) {
                failures.add(what + " (" + browser.path() + "): " + rule.getId() + " " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        pages.add(page.toString());
    }

    /**
     * The rules of WCAG 2.2 AA, each on every node; only the violations' nodes are all described, as the
     * report reads no others (and how many rules passed). With legacy mode (axe.run in the page,
     * not a partial run in each frame finished in a blank window of its own), a check takes about
     * half the time; our pages load nothing from other origins, and the reports came out the same.
     */
    private static AxeRunOptions wcag22AaViolationsInFull() {
        AxeRunOnlyOptions rules = new AxeRunOnlyOptions();
        rules.setType("tag");
        rules.setValues(WCAG_22_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(rules);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** Writes the report, then fails if any page had a serious or critical violation. */
    public void writeAndAssertNoSeriousViolations() {
        Path file = Path.of("target", "accessibility", journey + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Accessibility: " + journey + " (axe-core, " + String.join(", ", WCAG_22_AA)
                    + ", 1280 x 900)\n\n" + pages.size() + " pages checked.\n\n" + String.join("\n", pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Serious or critical accessibility violations (see " + file + "):\n  "
                    + String.join("\n  ", failures));
        }
    }
}
