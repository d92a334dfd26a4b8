package com.lastmile.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview dashboard page (`lastmile serve`) as the browser tests drive it. */
final class DashboardPage {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    static final String CHECKPOINTS = "checkpoints";
    static final String GOAL_TREE = "goal-tree";
    static final String REVIEW_BOARD = "review-board";
    static final String RACI_MATRIX = "raci-matrix";
    static final List<String> GADGETS = List.of(CHECKPOINTS, GOAL_TREE, REVIEW_BOARD, RACI_MATRIX);

    private final WebDriver driver;
    private final String baseUrl;

    DashboardPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    WebDriver driver() {
        return driver;
    }

    /** Loads the dashboard with the page parameters (e.g. {@code asOf=2026-06-29&locale=en}) and waits for all gadgets. */
    DashboardPage open(String query) {
        driver.get(baseUrl + "/?" + query);
        waitForRenders(1);
        return this;
    }

    int renders() {
        String value = driver.findElement(By.tagName("body")).getAttribute("data-renders");
        return value == null || value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    /** Waits until the page finished at least {@code count} rounds of rendering every gadget. */
    void waitForRenders(int count) {
        until(d -> {
            WebElement body = d.findElement(By.tagName("body"));
            if ("error".equals(body.getAttribute("data-ready"))) {
                throw new AssertionError("the dashboard failed to start: " + d.findElement(By.id("page-status")).getText());
            }
            return "true".equals(body.getAttribute("data-ready")) && renders() >= count;
        });
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).pollingEvery(Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    WebElement gadget(String id) {
        return driver.findElement(By.id("gadget-" + id));
    }

    String title(String id) {
        return gadget(id).findElement(By.className("frame__title")).getText();
    }

    /** The gadget's content element. */
    WebElement content(String id) {
        return gadget(id).findElement(By.className("frame__content"));
    }

    List<WebElement> all(String id, String css) {
        return content(id).findElements(By.cssSelector(css));
    }

    WebElement one(String id, String css) {
        return content(id).findElement(By.cssSelector(css));
    }

    /** Switches the viewer in the header and waits for every gadget to re-render. */
    void chooseViewer(String personId) {
        int before = renders();
        new Select(driver.findElement(By.id("viewer"))).selectByValue(personId == null ? "" : personId);
        waitForRenders(before + 1);
    }

    /** Switches the language in the header and waits for every gadget to re-render. */
    void chooseLocale(String locale) {
        int before = renders();
        new Select(driver.findElement(By.id("locale"))).selectByValue(locale);
        waitForRenders(before + 1);
    }

    void chooseTheme(String theme) {
        new Select(driver.findElement(By.id("theme"))).selectByValue(theme);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    boolean alertPresent() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Saves a screenshot of one gadget (or of the whole page when {@code id} is null) as target/screenshots/NAME.png. */
    Path screenshot(String name, String id) {
        Map<String, String> shots = new LinkedHashMap<>();
        shots.put(name, id);
        shoot(shots);
        return SCREENSHOTS.resolve(name + ".png");
    }

    /** Saves PREFIX + id + ".png" for each gadget, resizing the window once. */
    void screenshots(String prefix, List<String> ids) {
        Map<String, String> shots = new LinkedHashMap<>();
        ids.forEach(id -> shots.put(prefix + id, id));
        shoot(shots);
    }

    private void shoot(Map<String, String> shots) {
        // a screenshot covers the viewport only: make the window as tall as the page for the time of the shots
        Dimension size = driver.manage().window().getSize();
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        boolean grow = height > size.getHeight() - 120;
        if (grow) {
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 160, 8000)));
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            for (Map.Entry<String, String> shot : shots.entrySet()) {
                Path file = shot.getValue() == null
                        ? ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath()
                        : gadget(shot.getValue()).getScreenshotAs(OutputType.FILE).toPath();
                Files.move(file, SCREENSHOTS.resolve(shot.getKey() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (grow) {
                driver.manage().window().setSize(size);
            }
        }
    }
}
