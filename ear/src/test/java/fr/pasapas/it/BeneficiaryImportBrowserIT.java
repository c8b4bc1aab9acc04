package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator imports a real-looking file of 30 beneficiaries (Windows-1252 from a French spreadsheet, semicolons,
 * accents, Vietnamese and Arabic names written in Latin letters, a birth date column): the preview shows every line,
 * the import shows the 30 usernames and PINs once, the same file sent again shows everyone as already a learner,
 * and an imported learner logs in. A coordinator enrols a learner with the whole form, deactivates and reactivates them.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class BeneficiaryImportBrowserIT {

    private static final Path FILE = Path.of("src/test/files/beneficiaires-30.csv").toAbsolutePath();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_coordinator_previews_and_imports_thirty_beneficiaries_then_the_same_file_shows_them_all_as_learners() {
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 800));
        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.clickAndWaitForPage(browser.find(".staffnav a[href$='trainer/import.xhtml']"));
        upload(browser);
        assertEquals("30 ligne(s) de personnes", browser.find("#count-rows").getText().strip());
        assertEquals("30 prête(s) à importer", browser.find("#count-valid").getText().strip(), browser.text());
        String readAs = browser.find(".read-as").getText();
        assertTrue(readAs.contains("windows-1252") && readAs.contains("points-virgules"), readAs);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".import-rows tbody tr"));
        assertEquals(30, rows.size(), "every line of the file is in the preview");
        String nguyen = browser.find(".import-rows tr[data-line='3']").getText();
        assertTrue(nguyen.contains("NGUYÊN") && nguyen.contains("Thi Hông") && nguyen.contains("1961") && nguyen.contains("Prête"), nguyen);
        assertTrue(browser.find(".import-rows tr[data-line='8']").getText().contains("O’CONNOR"), "the Windows-1252 apostrophe is read");
        browser.assertAccessible("import-preview");
        browser.screenshot("import-01-preview");

        browser.clickAndWaitForPage(browser.find("#choice\\:all"));
        List<WebElement> created = browser.driver.findElements(By.cssSelector(".issued-list tbody tr"));
        assertEquals(30, created.size(), browser.text());
        assertTrue(browser.find("#credentials").getText().contains("ils ne seront plus affichés"));
        WebElement fatima = created.stream().filter(r -> r.getText().contains("Fatima Zahra EL AMRANI")).findFirst().orElseThrow();
        String username = fatima.findElement(By.cssSelector("td:nth-child(2)")).getText().strip();
        String pin = fatima.findElement(By.cssSelector("td.pin")).getText().strip();
        assertTrue(username.matches("fatimazahra\\.e[0-9]{2,3}"), username);
        assertTrue(pin.matches("[0-9]{4}"), pin);
        browser.assertAccessible("import-done");
        browser.screenshot("import-02-done");

        upload(browser);
        assertEquals("dont 30 déjà inscrite(s)", browser.find("#count-known").getText().strip(), "the same file again");
        assertTrue(browser.find("#nothing").isDisplayed(), "nothing left to import");
        assertTrue(browser.driver.findElements(By.id("choice:all")).isEmpty(), "no import offered");
        assertTrue(browser.find(".import-rows tr[data-line='4']").getText().contains("déjà inscrite : Fatima Zahra EL AMRANI (identifiant " + username + ")"));
        browser.assertAccessible("import-again");
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));

        browser.loginAsLearner(username, pin);
        assertTrue(browser.driver.getCurrentUrl().contains("learner/modules.xhtml"), browser.driver.getCurrentUrl());
    }

    @Test
    void a_coordinator_enrols_a_learner_with_the_whole_form_who_starts_with_bigger_text_and_cannot_log_in_while_deactivated() {
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 800));
        browser.loginAsStaff("formateur", "Formateur-Demo-2026");
        assertTrue(browser.driver.findElements(By.cssSelector(".staffnav a[href$='trainer/import.xhtml']")).isEmpty(),
                "the import is for coordinators: no link for a trainer");
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));
        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open("trainer/learners.xhtml");
        browser.find("#create\\:firstName").sendKeys("Gisèle");
        browser.find("#create\\:lastName").sendKeys("VERMEULEN");
        browser.find("#create\\:birthYear").sendKeys("1951");
        browser.find("#create\\:phone").sendKeys("06 12 34 56 78");
        new Select(browser.find("#create\\:language")).selectByValue("fr");
        browser.tap(browser.find("#create\\:biggerText"));
        browser.assertAccessible("learner-form");
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        String username = browser.find("#issued-username").getText().strip();
        String pin = browser.find("#issued-pin").getText().strip();

        browser.clickAndWaitForPage(browser.find("tr[data-username='" + username + "'] input[id$=deactivate]"));
        assertTrue(browser.find(".message.info").getText().contains("désactivé"), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector("tr[data-username='" + username + "']")).isEmpty(),
                "the list of active accounts no longer shows them");
        new Select(browser.find("#filter\\:show")).selectByValue("deactivated");
        browser.clickAndWaitForPage(browser.find("#filter\\:apply"));
        assertTrue(browser.find("tr[data-username='" + username + "']").getText().contains("Désactivé"));
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));

        browser.loginAsLearner(username, pin);
        assertTrue(browser.find(".message.error").getText().contains("Identifiant ou code secret incorrect"),
                "a deactivated learner gets the same refusal as a wrong PIN");

        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open("trainer/learners.xhtml");
        new Select(browser.find("#filter\\:show")).selectByValue("all");
        browser.clickAndWaitForPage(browser.find("#filter\\:apply"));
        browser.clickAndWaitForPage(browser.find("tr[data-username='" + username + "'] input[id$=reactivate]"));
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));

        browser.loginAsLearner(username, pin);
        assertTrue(browser.driver.getCurrentUrl().contains("learner/modules.xhtml"), browser.text());
        Object big = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.classList.contains('big-text');");
        assertEquals(Boolean.TRUE, big, "the learner's pages start with the bigger text chosen at enrolment");
    }

    private static void upload(Browser browser) {
        browser.find("#upload\\:file").sendKeys(FILE.toString());
        browser.clickAndWaitForPage(browser.find("#upload\\:send"));
    }
}
