package org.lotuspathway.support;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A person who uses no mouse: Tab to a control (never a click), then type, Space, arrows or Enter.
 * Every control reached on the way must show where focus is; those that do not are remembered
 * ({@link #invisibleFocus()}), so one journey checks focus on every control it passes.
 */
public final class Keyboard {

    /** More Tabs than any page here needs to reach its last control. */
    private static final int MOST_TABS = 250;

    private final Browser browser;
    private final List<String> invisibleFocus = new ArrayList<>();

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses Tab until the control is focused; fails if Tab never reaches it. */
    public WebElement tabTo(By control) {
        WebElement target = browser.driver().findElement(control);
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (focused.equals(target)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
            noteFocusShown();
        }
        throw new AssertionError("Tab never reached " + control + " on " + browser.path());
    }

    public void typeInto(String fieldName, String text) {
        tabTo(By.name(fieldName)).sendKeys(text);
    }

    /** Types a date into a date field, its parts in the order the browser's language shows them. */
    public void typeDate(String fieldName, java.time.LocalDate date) {
        Object order = browser.driver().executeScript("""
                return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 20))
                    .filter(p => p.type !== 'literal').map(p => p.type).join(',');""");
        StringBuilder typed = new StringBuilder();
        for (String part : order.toString().split(",")) {
            typed.append(switch (part) {
                case "day" -> String.format("%02d", date.getDayOfMonth());
                case "month" -> String.format("%02d", date.getMonthValue());
                default -> String.valueOf(date.getYear());
            });
        }
        tabTo(By.name(fieldName)).sendKeys(typed);
    }

    /** Chooses a radio button by its position in its group, as the arrow keys do. */
    public void chooseRadio(String fieldName, int position) {
        WebElement first = tabTo(By.cssSelector("input[name='" + fieldName + "']"));
        if (position == 0) {
            first.sendKeys(Keys.SPACE);
            return;
        }
        for (int i = 0; i < position; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
    }

    public void tick(By checkbox) {
        tabTo(checkbox).sendKeys(Keys.SPACE);
    }

    /** Presses Enter on the focused control, and waits for the page that answers. */
    public void enter() {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        browser.heading();
    }

    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** The controls reached whose focus could not be seen: an outline, a ring or a highlight. */
    public List<String> invisibleFocus() {
        return invisibleFocus;
    }

    private void noteFocusShown() {
        Object shown = browser.driver().executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body) { return true; }
                const seen = (s) => s && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                        && s.outlineColor !== 'rgba(0, 0, 0, 0)') || (s.boxShadow && s.boxShadow !== 'none'));
                if (seen(getComputedStyle(e))) { return true; }
                // NHS.UK radios and checkboxes draw their focus ring on the label's ::before or ::after
                const label = e.id && document.querySelector(`label[for="${e.id}"]`);
                return !!label && (seen(getComputedStyle(label, '::before')) || seen(getComputedStyle(label, '::after')));
                """);
        if (!Boolean.TRUE.equals(shown)) {
            WebElement focused = browser.driver().switchTo().activeElement();
            invisibleFocus.add(browser.path() + ": " + focused.getTagName() + " \"" + focused.getText() + "\" "
                    + focused.getDomAttribute("id") + " " + focused.getDomAttribute("class"));
        }
    }
}
