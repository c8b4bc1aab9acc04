package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The coordinator opens «Chiffres pour les financeurs» from the staff menu, chooses months, reads the chart and the
 * tables, and downloads the same numbers as a CSV; the admin chooses among all organisations. Both pages pass axe.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class FiguresPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_coordinator_reads_the_figures_of_chosen_months_and_downloads_the_same_numbers() throws Exception {
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 900));
        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.clickAndWaitForPage(browser.find(".staffnav a[href$='trainer/figures.xhtml']"));
        assertTrue(browser.find("h1").getText().contains("Chiffres pour les financeurs"), browser.text());
        assertEquals(12, browser.driver.findElements(By.cssSelector("#by-month tbody tr")).size(), "the last 12 months by default");
        WebElement chart = browser.find("svg.figures-chart[role=img]");
        assertEquals("Inscrits et actifs par mois", chart.findElement(By.tagName("title")).getAttribute("textContent"));
        assertEquals(24, chart.findElements(By.cssSelector("rect.bar")).size(), "two bars a month");
        browser.screenshot("figures-01-coordinator");
        browser.assertAccessible("figures");

        String last = browser.find("#to").getAttribute("value");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('from').value = arguments[0];", last);
        browser.clickAndWaitForPage(browser.find("#show"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#by-month tbody tr")).size(), "one month chosen: one line");
        assertTrue(browser.driver.getCurrentUrl().contains("from=" + last), "the choice is in the address, to keep or share");

        List<String> shown = browser.driver.findElements(By.cssSelector("#by-month tfoot td")).stream()
                .map(WebElement::getText).toList();
        HttpResponse<String> csv = download(browser, browser.find("#download-csv").getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        String whole = csv.body().lines().filter(l -> l.contains(";Toute la période;Ensemble;")).findFirst()
                .orElseThrow(() -> new AssertionError(csv.body()));
        List<String> downloaded = List.of(whole.split(";")).subList(4, 10);
        assertEquals(shown.subList(0, 5), downloaded.subList(0, 5), "the file says what the page says");
        assertEquals(shown.get(5), downloaded.get(5), "hours to one decimal, with a comma as French Excel reads it");

        browser.clickAndWaitForPage(browser.find("#footer\\:language"));
        assertTrue(browser.find("h1").getText().contains("Figures for funders"), "the page in English: " + browser.text());
        assertEquals(1, browser.driver.findElements(By.cssSelector("#by-month tbody tr")).size(), "the same month chosen");
        browser.clickAndWaitForPage(browser.find("#footer\\:language"));
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));
        browser.loginAsStaff("admin", "Admin-Demo-2026");
        browser.open("trainer/figures.xhtml");
        assertTrue(browser.find("#by-organisation tfoot").getText().contains("Total"), browser.text());
        assertTrue(browser.find("#organisation").getText().contains("Toutes les structures"));
        browser.screenshot("figures-02-admin");
        browser.assertAccessible("figures-admin");
    }

    private static HttpResponse<String> download(Browser browser, String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
