package com.lastmile.app.browser;

import static com.lastmile.app.browser.DashboardPage.CHECKPOINTS;
import static com.lastmile.app.browser.DashboardPage.REVIEW_BOARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Recording a checkpoint's actual through the dashboard: the form validates, shows the server's error
 * messages, stores the value in the workspace file, and every gadget on the page follows.
 */
class RecordActualBrowserTest {

    static final String AS_OF = DashboardBrowserTest.AS_OF;

    @TempDir
    static Path dir;

    static PreviewFixture server;
    static Chromium chromium;
    static DashboardPage page;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        server = PreviewFixture.serveCopy(PreviewFixture.SAMPLE, dir);
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

    @Test
    void recordingAnActualUpdatesTheBoardAndTheWorkspaceFile() throws IOException {
        page.open(DashboardBrowserTest.PAGE);
        String before = Files.readString(server.workspace);
        int attentionBefore = Evaluate.review(server.workspace, AS_OF).get("attention").size();
        assertThat(boardBand("LM-1")).isEqualTo("EXCEEDED");  // LM-2, Q1: +8 %
        assertThat(attention()).isEqualTo(attentionBefore);

        // LM-3: Q2 revenue, planned 22500, not recorded yet
        WebElement row = page.one(CHECKPOINTS, ".lm-cp[data-key='LM-3']");
        assertThat(row.findElement(By.cssSelector(".lm-cp__status .lm-band")).getAttribute("data-band")).isEmpty();
        WebElement open = row.findElement(By.className("lm-cp__record"));
        assertThat(open.getAttribute("aria-expanded")).isEqualTo("false");
        open.click();
        assertThat(open.getAttribute("aria-expanded")).isEqualTo("true");
        WebElement form = row.findElement(By.tagName("form"));
        assertThat(chromium.driver.switchTo().activeElement().getAttribute("name")).isEqualTo("actual");

        // client-side checks, with the field marked and the message as text
        field(form, "actual").sendKeys("abc");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(form.findElement(By.className("lm-form__error")).getText()).contains("Enter the actual value as a number");
        assertThat(field(form, "actual").getAttribute("aria-invalid")).isEqualTo("true");
        field(form, "actual").clear();
        field(form, "actual").sendKeys("18000");
        field(form, "sampled").sendKeys("4");
        field(form, "passed").sendKeys("5");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(form.findElement(By.className("lm-form__error")).getText()).contains("held up");
        assertThat(Files.readString(server.workspace)).isEqualTo(before);

        // the server's own message when it refuses (more than 15 integer digits)
        field(form, "passed").clear();
        field(form, "passed").sendKeys("4");
        field(form, "actual").clear();
        field(form, "actual").sendKeys("1234567890123456789");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement serverError = page.until(d -> {
            String text = form.findElement(By.className("lm-form__error")).getText();
            return text.contains("actual") && !text.contains("Enter the actual value as a number") ? form : null;
        }).findElement(By.className("lm-form__error"));
        assertThat(serverError.getText()).isNotBlank();
        assertThat(Files.readString(server.workspace)).isEqualTo(before);
        page.screenshot("record-form-server-error", CHECKPOINTS);

        // 18000 against 22500 planned: −20 %, a major deviation
        field(form, "actual").clear();
        field(form, "actual").sendKeys("18000", Keys.ENTER);
        WebElement status = page.until(d -> {
            WebElement s = page.one(CHECKPOINTS, ".lm-status-area");
            return s.getText().contains("LM-3") ? s : null;
        });
        assertThat(status.getText()).contains("18,000", "Major deviation");
        assertThat(chromium.driver.switchTo().activeElement()).isEqualTo(status);
        WebElement recorded = page.one(CHECKPOINTS, ".lm-cp[data-key='LM-3']");
        assertThat(recorded.findElement(By.cssSelector(".lm-cp__status .lm-band")).getAttribute("data-band")).isEqualTo("MAJOR");
        assertThat(recorded.findElement(By.cssSelector(".lm-cp__status .lm-lozenge")).getAttribute("data-state")).isEqualTo("VERIFIED");
        assertThat(recorded.findElement(By.cssSelector("[data-field='deviation']")).getText()).isEqualTo("\u221220%");

        // the board follows without a reload: band of LM-1's latest checkpoint and the attention count
        page.until(d -> "MAJOR".equals(boardBand("LM-1")) ? Boolean.TRUE : null);
        page.until(d -> attention() == attentionBefore + 1 ? Boolean.TRUE : null);
        assertThat(page.one(REVIEW_BOARD, "tr[data-key='LM-1'] .lm-recent__item[data-key='LM-3']").getAttribute("data-band"))
                .isEqualTo("MAJOR");
        page.screenshot("record-after-checkpoints", CHECKPOINTS);
        page.screenshot("record-after-board", REVIEW_BOARD);

        // and the workspace file holds it: evaluate reads the same result back
        assertThat(Files.readString(server.workspace)).isNotEqualTo(before);
        JsonNode evaluation = Evaluate.json(server.workspace, AS_OF, null);
        JsonNode lm3 = null;
        for (JsonNode cp : evaluation.get("checkpoints")) {
            if (cp.get("key").asText().equals("LM-3")) {
                lm3 = cp;
            }
        }
        assertThat(lm3).isNotNull();
        assertThat(lm3.get("band").asText()).isEqualTo("MAJOR");
        assertThat(lm3.get("state").asText()).isEqualTo("VERIFIED");
        assertThat(lm3.get("deviation").decimalValue()).isEqualByComparingTo("-0.2");

        // a reload shows the stored value
        page.open(DashboardBrowserTest.PAGE);
        assertThat(page.one(CHECKPOINTS, ".lm-cp[data-key='LM-3'] [data-field='actual']").getText()).isEqualTo("18,000");
    }

    @Test
    void aViewerWithoutRightsGetsNoForm() {
        // he.jing may browse LM-3 but is neither Responsible nor Accountable on LM-1
        page.open("asOf=" + AS_OF + "&locale=en&viewer=he.jing");
        assertThat(page.all(CHECKPOINTS, ".lm-cp[data-key='LM-3']")).hasSize(1);
        assertThat(page.all(CHECKPOINTS, ".lm-cp[data-key='LM-3'] .lm-cp__record")).isEmpty();
        assertThat(page.all(CHECKPOINTS, ".lm-cp[data-key='LM-77'] .lm-cp__record")).hasSize(1);
        page.open(DashboardBrowserTest.PAGE);
    }

    private static WebElement field(WebElement form, String name) {
        return form.findElement(By.name(name));
    }

    private static String boardBand(String key) {
        return page.one(REVIEW_BOARD, "tr[data-key='" + key + "'] [data-field='band'] .lm-band").getAttribute("data-band");
    }

    private static int attention() {
        return Integer.parseInt(page.one(REVIEW_BOARD, "[data-count='attention'] .lm-count__value").getText());
    }
}
