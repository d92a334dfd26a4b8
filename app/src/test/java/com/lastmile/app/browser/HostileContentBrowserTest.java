package com.lastmile.app.browser;

import static com.lastmile.app.browser.DashboardPage.CHECKPOINTS;
import static com.lastmile.app.browser.DashboardPage.GADGETS;
import static com.lastmile.app.browser.DashboardPage.GOAL_TREE;
import static com.lastmile.app.browser.DashboardPage.RACI_MATRIX;
import static com.lastmile.app.browser.DashboardPage.REVIEW_BOARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Summaries, metric names, causes and people's names full of markup are shown as the literal text they are:
 * no script runs, no element is created from data.
 */
class HostileContentBrowserTest {

    static final String SCRIPT = "<script>window.__pwned=1;alert(1)</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2;alert(2)\">";
    static final String QUOTES = "Tom's \"best\" & <b>bold</b> &amp; &lt;i&gt;";
    static final String SVG = "</td></tr><svg onload=alert(3)>";

    static final String WORKSPACE = """
            version: 1
            people:
              - { id: eve, name: "%1$s" }
              - { id: mallory, name: "%2$s" }
              - { id: trent, name: "%3$s" }
            items:
              - key: LM-1
                type: Strategic Goal
                summary: "Goal %1$s"
                raci: { A: eve, R: [mallory], C: [trent] }
                metric: { name: "%2$s", unit: "%4$s", direction: increase, baseline: 0, target: 100, actual: 40 }
              - key: LM-2
                type: Checkpoint
                parent: LM-1
                summary: "Checkpoint %2$s"
                due: 2026-06-30
                planned: 50
                actual: 30
                cause: "%3$s"
                verification: { sampled: 2, passed: 1, by: trent, note: "%1$s" }
              - { key: LM-3, type: Checkpoint, parent: LM-1, summary: "Overdue %3$s", due: 2026-06-01, planned: 20 }
              - key: LM-4
                type: Campaign
                parent: LM-1
                summary: "Campaign %4$s"
                raci: { A: mallory, R: [mallory], I: [eve] }
                metric: { name: "%3$s", unit: "%1$s", direction: increase, baseline: 0, target: 10, actual: 5 }
            """;

    @TempDir
    static Path dir;

    static PreviewFixture server;
    static Chromium chromium;
    static DashboardPage page;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumeInstalled();
        Path workspace = dir.resolve("hostile.yaml");
        Files.writeString(workspace, WORKSPACE.formatted(yaml(SCRIPT), yaml(IMG), yaml(QUOTES), yaml(SVG)));
        server = PreviewFixture.serve(workspace);
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

    /** A YAML double-quoted string's content. */
    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    void markupInTheDataIsShownAsText() {
        page.open(DashboardBrowserTest.PAGE);
        assertThat(page.alertPresent()).as("an alert opened").isFalse();
        assertThat(page.script("return window.__pwned === undefined")).isEqualTo(Boolean.TRUE);
        for (String gadget : GADGETS) {
            assertThat(page.gadget(gadget).getAttribute("data-rendered")).as(gadget).isEqualTo("true");
            assertThat(page.all(gadget, ".lm-message--error")).as(gadget).isEmpty();
            assertThat(page.all(gadget, "script, img, svg, b, i, iframe, object")).as(gadget + ": elements made from data").isEmpty();
        }

        assertThat(page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-1'] [data-field='summary']").getText()).isEqualTo("Goal " + SCRIPT);
        assertThat(page.one(GOAL_TREE, "li[role='treeitem'][data-key='LM-4'] [data-field='summary']").getText()).isEqualTo("Campaign " + SVG);
        assertThat(page.one(CHECKPOINTS, ".lm-cp[data-key='LM-2'] [data-field='summary']").getText()).isEqualTo("Checkpoint " + IMG);
        assertThat(page.one(CHECKPOINTS, ".lm-cp[data-key='LM-3'] [data-field='summary']").getText()).isEqualTo("Overdue " + QUOTES);
        assertThat(page.one(CHECKPOINTS, ".lm-cp[data-key='LM-2'] [data-field='goalSummary']").getText()).isEqualTo("Goal " + SCRIPT);
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-1'] [data-field='metric']").getText()).isEqualTo(IMG);
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-1'] [data-field='accountable']").getText()).contains(SCRIPT);
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-1'] [data-field='target']").getText()).contains(SVG);
        assertThat(page.one(RACI_MATRIX, "th[data-person='eve']").getText()).isEqualTo(SCRIPT);
        assertThat(page.one(RACI_MATRIX, "th[data-person='mallory']").getText()).isEqualTo(IMG);
        assertThat(page.one(RACI_MATRIX, "th[data-person='trent']").getText()).isEqualTo(QUOTES);

        // the explanation tooltip and the viewer switch too
        for (String key : java.util.List.of("LM-1", "LM-4")) {
            WebElement item = page.one(GOAL_TREE, "li[role='treeitem'][data-key='" + key + "']");
            page.script("arguments[0].focus();", item);
            WebElement tip = chromium.driver.findElement(By.id(item.getAttribute("aria-describedby")));
            assertThat(tip.isDisplayed()).as(key).isTrue();
            assertThat(tip.getText()).contains(key.equals("LM-1") ? "Goal " + SCRIPT : "Campaign " + SVG);
            assertThat(tip.findElements(By.cssSelector("script, img, svg, b"))).isEmpty();
        }
        assertThat(new Select(chromium.driver.findElement(By.id("viewer"))).getOptions())
                .extracting(WebElement::getText).contains(SCRIPT + " (eve)", IMG + " (mallory)");

        assertThat(page.alertPresent()).isFalse();
        assertThat(page.script("return window.__pwned === undefined")).isEqualTo(Boolean.TRUE);
        page.screenshot("hostile-dashboard", null);
        page.screenshot("hostile-raci-matrix", RACI_MATRIX);
        page.screenshot("hostile-checkpoints", CHECKPOINTS);
    }
}
