package com.lastmile.app.browser;

import static com.lastmile.app.browser.DashboardPage.CHECKPOINTS;
import static com.lastmile.app.browser.DashboardPage.GADGETS;
import static com.lastmile.app.browser.DashboardPage.GOAL_TREE;
import static com.lastmile.app.browser.DashboardPage.RACI_MATRIX;
import static com.lastmile.app.browser.DashboardPage.REVIEW_BOARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The preview dashboard over the sample workspace, read-only: every gadget renders, its numbers are
 * those of {@code lastmile evaluate}, the Chinese locale, the restricted viewer, keyboard access and the
 * gadget configuration. One browser and one server for the class.
 */
class DashboardBrowserTest {

    static final String AS_OF = "2026-06-29";
    static final String PAGE = "asOf=" + AS_OF + "&locale=en&viewer=";
    static final Set<String> CONFIDENTIAL = Set.of("LM-85", "LM-86", "LM-87", "LM-88", "LM-89", "LM-90");

    @TempDir
    static Path dir;

    static PreviewFixture server;
    static Chromium chromium;
    static DashboardPage page;
    static JsonNode evaluation;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        server = PreviewFixture.serveCopy(PreviewFixture.SAMPLE, dir);
        evaluation = Evaluate.json(server.workspace, AS_OF, null);
        chromium = Chromium.start();
        page = new DashboardPage(chromium.driver, server.url());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openDashboard() {
        page.open(PAGE);
    }

    @AfterEach
    void forgetPreferences() {
        page.script("window.localStorage.clear();");
    }

    @Test
    void everyGadgetRendersOnTheSample() {
        for (String gadget : GADGETS) {
            assertThat(page.gadget(gadget).getAttribute("data-rendered")).as(gadget).isEqualTo("true");
            assertThat(page.all(gadget, ".lm-message--error")).as(gadget + " errors").isEmpty();
        }
        assertThat(page.title(CHECKPOINTS)).isEqualTo("Checkpoints");
        assertThat(page.title(GOAL_TREE)).isEqualTo("Goal tree");
        assertThat(page.title(REVIEW_BOARD)).isEqualTo("Weekly review board");
        assertThat(page.title(RACI_MATRIX)).isEqualTo("RACI matrix");

        // checkpoints: the overdue one and those due in the next 14 days
        assertThat(keys(page.all(CHECKPOINTS, ".lm-section--overdue .lm-cp"))).containsExactly("LM-32");
        List<WebElement> upcoming = page.all(CHECKPOINTS, ".lm-section--upcoming .lm-cp");
        assertThat(keys(upcoming)).contains("LM-3", "LM-6").doesNotContain("LM-7", "LM-32");
        for (WebElement row : upcoming) {
            LocalDate due = LocalDate.parse(row.findElement(By.cssSelector("time")).getAttribute("datetime"));
            assertThat(due).isBetween(LocalDate.parse(AS_OF), LocalDate.parse(AS_OF).plusDays(14));
        }
        assertThat(page.all(CHECKPOINTS, ".lm-cp__record")).isNotEmpty();

        // review board: one row per goal metric, the counts of the weekly review
        JsonNode review = Evaluate.review(server.workspace, AS_OF);
        assertThat(keys(page.all(REVIEW_BOARD, "tbody tr"))).containsExactlyElementsOf(
                review.get("board").findValuesAsText("key"));
        assertThat(count("attention")).isEqualTo(review.get("attention").size());
        assertThat(count("overdue")).isEqualTo(review.get("overdue").size());
        assertThat(count("dueSoon")).isEqualTo(review.get("dueSoon").size());
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-4'] [data-field='trend']").getText()).contains("Improving");

        // RACI matrix: header cells with scope, the seeds' letters, a legend
        assertThat(page.all(RACI_MATRIX, "thead th")).allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
        assertThat(page.all(RACI_MATRIX, "tbody th")).allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("row"));
        assertThat(cell("LM-4", "zhang.wei")).isEqualTo("A");
        assertThat(cell("LM-4", "li.ming")).isEqualTo("R");
        assertThat(cell("LM-16", "wang.fang")).isEqualTo("R+A");
        assertThat(cell("LM-4", "wang.fang")).isEqualTo("C");
        assertThat(cell("LM-4", "zhou.jianguo")).isEqualTo("I");
        assertThat(page.one(RACI_MATRIX, "tr[data-key='LM-26'] [data-field='warning']").getText()).contains("2 Accountable");
        assertThat(page.all(RACI_MATRIX, ".lm-legend__entry")).hasSize(5);

        page.screenshots("sample-", GADGETS);
        page.screenshot("sample-dashboard", null);

        // Jira's dark theme: the gadgets follow the AUI variables
        String light = page.one(CHECKPOINTS, ".lm-cp").getCssValue("color");
        page.chooseTheme("dark");
        assertThat(page.one(CHECKPOINTS, ".lm-cp").getCssValue("color")).isNotEqualTo(light);
        page.screenshots("dark-", List.of(CHECKPOINTS, REVIEW_BOARD));
        page.chooseTheme("light");
    }

    @Test
    void goalTreeProgressIsTheProgressOfEvaluate() {
        Map<String, String> expected = new TreeMap<>();
        Set<String> unmeasured = new java.util.TreeSet<>();
        for (JsonNode item : evaluation.get("items")) {
            if (item.get("progress").isNull()) {
                unmeasured.add(item.get("key").asText());
            } else {
                expected.put(item.get("key").asText(), Evaluate.percentValue(item.get("progress")));
            }
        }
        // one script call for the whole tree, collapsed rows included: {key: aria-valuenow or null}
        @SuppressWarnings("unchecked")
        Map<String, Object> bars = (Map<String, Object>) page.script(
                "var out = {};"
                + "arguments[0].querySelectorAll('li[role=treeitem]').forEach(function (li) {"
                + "  var bar = li.querySelector(':scope > .lm-tree__row [role=progressbar]');"
                + "  out[li.getAttribute('data-key')] = bar ? bar.getAttribute('aria-valuenow') : null; });"
                + "return out;", page.content(GOAL_TREE));
        Map<String, String> shown = new TreeMap<>();
        Set<String> shownWithout = new java.util.TreeSet<>();
        bars.forEach((key, value) -> {
            if (value == null) {
                shownWithout.add(key);
            } else {
                shown.put(key, value.toString());
            }
        });
        assertThat(shown).isEqualTo(expected);
        assertThat(shownWithout).isEqualTo(unmeasured);
        // the text next to the bar says the same
        WebElement lm1 = page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-1'] > .lm-tree__row");
        assertThat(lm1.findElement(By.className("lm-progress__text")).getText()).isEqualTo("51.3%");

        // the review board's bars are the same numbers
        for (WebElement row : page.all(REVIEW_BOARD, "tbody tr")) {
            String key = row.getAttribute("data-key");
            List<WebElement> boardBars = row.findElements(By.cssSelector("[role='progressbar']"));
            if (expected.containsKey(key)) {
                assertThat(boardBars).as(key).hasSize(1);
                assertThat(boardBars.get(0).getAttribute("aria-valuenow")).as(key).isEqualTo(expected.get(key));
            } else {
                assertThat(boardBars).as(key).isEmpty();
            }
        }
    }

    @Test
    void checkpointBandsAndStatesAreThoseOfEvaluate() {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        evaluation.get("checkpoints").forEach(cp -> byKey.put(cp.get("key").asText(), cp));
        List<WebElement> rows = page.all(CHECKPOINTS, ".lm-cp");
        assertThat(rows).hasSizeGreaterThan(3);
        for (WebElement row : rows) {
            JsonNode expected = byKey.get(row.getAttribute("data-key"));
            assertThat(expected).as(row.getAttribute("data-key")).isNotNull();
            String band = expected.get("band").isNull() ? "" : expected.get("band").asText();
            assertThat(row.findElement(By.cssSelector(".lm-cp__status .lm-band")).getAttribute("data-band"))
                    .as(row.getAttribute("data-key")).isEqualTo(band);
            assertThat(row.findElement(By.cssSelector(".lm-cp__status .lm-lozenge")).getAttribute("data-state"))
                    .as(row.getAttribute("data-key")).isEqualTo(expected.get("state").asText());
        }
        // every overdue checkpoint of evaluate is listed
        List<String> overdue = byKey.values().stream().filter(cp -> cp.get("state").asText().equals("OVERDUE"))
                .map(cp -> cp.get("key").asText()).toList();
        assertThat(keys(page.all(CHECKPOINTS, ".lm-section--overdue .lm-cp"))).containsExactlyElementsOf(overdue);
        // a recorded one: LM-6 planned 23, actual 22 → −4.3 %, normal deviation, shown as colour + icon + text
        WebElement lm6 = page.one(CHECKPOINTS, ".lm-cp[data-key='LM-6']");
        assertThat(lm6.findElement(By.cssSelector("[data-field='deviation']")).getText()).isEqualTo("\u22124.3%");
        WebElement badge = lm6.findElement(By.cssSelector(".lm-cp__status .lm-band"));
        assertThat(badge.getText()).contains("Normal deviation");
        assertThat(badge.findElement(By.className("lm-band__icon")).getText()).isNotBlank();
        // the board's band of a goal is its latest recorded checkpoint's: LM-4 → LM-6 (normal)
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-4'] [data-field='band'] .lm-band").getAttribute("data-band"))
                .isEqualTo(byKey.get("LM-6").get("band").asText());
    }

    @Test
    void chineseLocaleShowsChineseLabels() {
        page.chooseLocale("zh_CN");
        assertThat(page.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(page.title(CHECKPOINTS)).isEqualTo("检查点");
        assertThat(page.title(GOAL_TREE)).isEqualTo("目标树");
        assertThat(page.title(REVIEW_BOARD)).isEqualTo("周例会看板");
        assertThat(page.title(RACI_MATRIX)).isEqualTo("责任矩阵 (RACI)");
        assertThat(chromium.driver.findElement(By.id("viewer-label")).getText()).isEqualTo("查看者");
        assertThat(page.one(CHECKPOINTS, ".lm-cp[data-key='LM-6'] .lm-cp__status .lm-band").getText()).contains("正常偏差");
        assertThat(page.one(CHECKPOINTS, ".lm-section--overdue .lm-section__title").getText()).startsWith("已逾期");
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-4'] [data-field='trend']").getText()).contains("改善");
        assertThat(page.one(REVIEW_BOARD, "thead").getText()).contains("目标值", "实际值", "趋势");
        assertThat(page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-1'] .lm-tree__type").getText()).isEqualTo("战略目标");
        assertThat(page.one(RACI_MATRIX, ".lm-legend").getText()).contains("负责 (R)", "批准 (A)", "咨询 (C)", "知会 (I)");
        String text = chromium.driver.findElement(By.tagName("main")).getText();
        assertThat(text).doesNotContain("Checkpoints", "Major deviation", "Goal tree", "gadget.");
        page.screenshots("zh_CN-", GADGETS);
        page.chooseLocale("en");
        assertThat(page.title(CHECKPOINTS)).isEqualTo("Checkpoints");
    }

    @Test
    void restrictedViewerSeesTheHiddenCountAndNoConfidentialItem() {
        page.chooseViewer("wang.fang");
        String html = chromium.driver.findElement(By.id("grid")).getAttribute("innerHTML");
        for (String key : CONFIDENTIAL) {
            assertThat(html).doesNotContain("\"" + key + "\"").doesNotContain(key + "<");
        }
        assertThat(html).doesNotContain("并购筹备").doesNotContain("尽调");
        assertThat(page.one(GOAL_TREE, ".lm-hidden-note").getAttribute("data-hidden")).isEqualTo("6");
        assertThat(page.one(GOAL_TREE, ".lm-hidden-note").getText()).contains("6 items hidden");
        for (String gadget : GADGETS) {
            assertThat(page.all(gadget, ".lm-hidden-note")).as(gadget).hasSize(1);
        }
        // LM-1 now rolls up from four campaigns: the number of `evaluate --viewer wang.fang`
        JsonNode restricted = Evaluate.json(server.workspace, AS_OF, "wang.fang");
        assertThat(restricted.get("hidden").asInt()).isEqualTo(6);
        JsonNode lm1 = restricted.get("items").get(0);
        assertThat(lm1.get("key").asText()).isEqualTo("LM-1");
        assertThat(page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-1'] > .lm-tree__row [role='progressbar']").getAttribute("aria-valuenow"))
                .as("LM-1 progress for wang.fang").isEqualTo(Evaluate.percentValue(lm1.get("progress")))
                .isNotEqualTo(Evaluate.percentValue(evaluation.get("items").get(0).get("progress")));
        page.screenshot("viewer-wang.fang-goal-tree", GOAL_TREE);

        for (String insider : List.of("zhou.jianguo", "lin.hui")) {
            page.chooseViewer(insider);
            assertThat(page.all(GOAL_TREE, "li[role='treeitem'][data-key='LM-85']")).as(insider).hasSize(1);
            assertThat(page.all(GOAL_TREE, ".lm-hidden-note")).as(insider).isEmpty();
        }
    }

    @Test
    void keyboardFocusOnAGoalTreeRowShowsItsExplanation() {
        WebElement collapseAll = page.all(GOAL_TREE, ".lm-toolbar button").get(1);
        page.script("arguments[0].focus();", collapseAll);
        Actions keys = new Actions(chromium.driver);

        keys.sendKeys(Keys.TAB).perform();
        WebElement lm1 = active();
        assertThat(lm1.getAttribute("data-key")).isEqualTo("LM-1");
        WebElement tip1 = tooltipOf(lm1);
        assertThat(tip1.isDisplayed()).isTrue();
        assertThat(tip1.getText()).contains("LM-4", "LM-30", "44%");
        assertThat(lm1.findElement(By.cssSelector(":scope > .lm-tree__row")).getCssValue("outline-style")).isEqualTo("solid");

        keys.sendKeys(Keys.TAB).perform();
        WebElement lm4 = active();
        assertThat(lm4.getAttribute("data-key")).isEqualTo("LM-4");
        assertThat(tip1.isDisplayed()).isFalse();
        WebElement tip4 = tooltipOf(lm4);
        assertThat(tip4.isDisplayed()).isTrue();
        assertThat(tip4.findElement(By.cssSelector("[data-field='explainText']")).getText()).contains("44");
        page.screenshot("goal-tree-keyboard-explanation", GOAL_TREE);

        // Enter and Space collapse and expand; the arrow keys move; Escape hides the explanation
        assertThat(lm4.getAttribute("aria-expanded")).isEqualTo("true");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(lm4.getAttribute("aria-expanded")).isEqualTo("false");
        keys.sendKeys(Keys.SPACE).perform();
        assertThat(lm4.getAttribute("aria-expanded")).isEqualTo("true");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(active().getAttribute("data-key")).isEqualTo("LM-9");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(tooltipOf(active()).isDisplayed()).isFalse();

        // hover shows it too
        WebElement lm30row = page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-30'] > .lm-tree__row");
        keys.moveToElement(lm30row.findElement(By.className("lm-tree__label"))).perform();
        WebElement lm30 = page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-30']");
        assertThat(tooltipOf(lm30).isDisplayed()).isTrue();
        assertThat(tooltipOf(lm30).getText()).contains("LM-51");
        page.screenshot("goal-tree-hover-explanation", GOAL_TREE);
    }

    @Test
    void aGadgetIsConfiguredWithARootGoal() {
        page.gadget(GOAL_TREE).findElement(By.cssSelector("[data-action='configure']")).click();
        WebElement input = page.until(d -> page.one(GOAL_TREE, "input[name='root']"));
        page.screenshot("goal-tree-configure", GOAL_TREE);
        input.sendKeys("LM-999", Keys.ENTER);
        WebElement error = page.until(d -> page.one(GOAL_TREE, ".lm-form__error .lm-message--error"));
        assertThat(error.getText()).contains("LM-999");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");

        input.clear();
        input.sendKeys("lm-30", Keys.ENTER);
        page.until(d -> "view".equals(page.gadget(GOAL_TREE).getAttribute("data-mode"))
                && "true".equals(page.gadget(GOAL_TREE).getAttribute("data-rendered")));
        List<String> shown = keys(page.all(GOAL_TREE, "li[role='treeitem']"));
        assertThat(shown).startsWith("LM-30").contains("LM-34", "LM-51").doesNotContain("LM-1", "LM-4");
        assertThat(page.script("return window.localStorage.getItem('lastmile-prefs-goal-tree')").toString())
                .contains("\"root\":\"LM-30\"");
    }

    private static List<String> keys(List<WebElement> elements) {
        return elements.stream().map(e -> e.getAttribute("data-key")).collect(Collectors.toList());
    }

    private static int count(String kind) {
        return Integer.parseInt(page.one(REVIEW_BOARD, "[data-count='" + kind + "'] .lm-count__value").getText());
    }

    private static String cell(String key, String person) {
        return page.one(RACI_MATRIX, "tr[data-key='" + key + "'] td[data-person='" + person + "'] .lm-raci")
                .getAttribute("data-role");
    }

    private static WebElement active() {
        return chromium.driver.switchTo().activeElement();
    }

    private static WebElement tooltipOf(WebElement target) {
        return chromium.driver.findElement(By.id(target.getAttribute("aria-describedby")));
    }
}
