package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import fr.pasapas.config.print.PrintFonts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A trainer creates learner accounts on «Comptes des apprenants», reads each new PIN once, gives a new one to a
 * learner who forgot it and unlocks a locked account; the learner logs in with what the trainer gave them.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class LearnerAccountsIT {

    private static final String PAGE = "trainer/learners.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_coordinator_creates_a_learner_who_logs_in_with_the_pin_shown_once_and_a_new_pin_replaces_the_old_one() {
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 800));
        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open(PAGE);
        browser.assertAccessible("learner-accounts");

        String[] hoa = create(browser, "Thị Hoa", "NGUYỄN");
        assertTrue(hoa[0].matches("thihoa\\.n[0-9]{2,3}"), "the username should be readable ASCII: " + hoa[0]);
        browser.screenshot("learner-accounts-01-created");
        browser.assertAccessible("learner-accounts-created");
        String[] fatima = create(browser, "فاطمة", "BENALI");
        assertTrue(fatima[0].matches("apprenant\\.b[0-9]{2,3}"), "an Arabic first name gives apprenant: " + fatima[0]);
        assertTrue(row(browser, fatima[0]).contains("فاطمة BENALI"), "the list shows the name as typed");

        browser.open(PAGE);
        assertTrue(browser.driver.findElements(By.id("issued-pin")).isEmpty(), "a PIN is shown once, never again");
        assertTrue(row(browser, hoa[0]).contains("Thị Hoa NGUYỄN"), row(browser, hoa[0]));
        logout(browser);

        browser.loginAsLearner(hoa[0], hoa[1]);
        assertTrue(browser.driver.getCurrentUrl().contains("learner/modules.xhtml"),
                "the new learner should land on their modules: " + browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("Thị Hoa NGUYỄN"), "the page greets the learner by name: " + browser.text());
        logout(browser);

        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open(PAGE);
        String newPin = resetPin(browser, hoa[0]);
        while (newPin.equals(hoa[1])) {
            newPin = resetPin(browser, hoa[0]);
        }
        logout(browser);

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.loginAsLearner(hoa[0], hoa[1]);
            assertTrue(browser.find(".message.error").getText().contains("Identifiant ou code secret incorrect"),
                    "the old PIN should no longer work (attempt " + attempt + ")");
        }
        browser.loginAsLearner(hoa[0], newPin);
        assertTrue(browser.find(".message.error").isDisplayed(), "after 5 wrong PINs the account is locked, even for the right PIN");

        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open(PAGE);
        assertTrue(row(browser, hoa[0]).contains("Bloqué"), "the coordinator sees the account locked: " + row(browser, hoa[0]));
        browser.assertAccessible("learner-accounts-locked");
        browser.clickAndWaitForPage(browser.find("tr[data-username='" + hoa[0] + "'] input[id$=unlock]"));
        assertTrue(browser.find(".message.info").getText().contains("débloqué"), browser.text());
        assertTrue(row(browser, hoa[0]).contains("Actif"), row(browser, hoa[0]));
        logout(browser);

        browser.loginAsLearner(hoa[0], newPin);
        assertTrue(browser.driver.getCurrentUrl().contains("learner/modules.xhtml"),
                "once unlocked the learner logs in with the new PIN: " + browser.driver.getCurrentUrl());
    }

    @Test
    void a_name_with_digits_is_refused_with_a_message_and_creates_nothing() {
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 800));
        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open(PAGE);
        browser.find("#create\\:firstName").sendKeys("R2D2");
        browser.find("#create\\:lastName").sendKeys("Robot");
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        assertTrue(browser.find(".message.error").getText().contains("Écrivez le prénom"), browser.text());
        assertTrue(browser.driver.findElements(By.id("issued-pin")).isEmpty(), "no account, no PIN");
        assertTrue(!browser.text().contains("r.r"), "no account was created");
        browser.assertAccessible("learner-accounts-refused");
    }

    @Test
    void a_name_no_font_can_print_is_refused_until_a_latin_spelling_is_given_which_the_login_card_prints()
            throws Exception {
        // Tamil: neither DejaVu nor the fonts usually installed on a server have it (else another rare script)
        String first = java.util.stream.Stream.of("தமிழ்செல்வி", "ꦱꦸꦱꦶꦭꦺ", "𐳀𐳉𐳓")
                .filter(n -> !PrintFonts.shared().canPrint(n)).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(first != null, "every test script has a font on this machine");
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 800));
        browser.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        browser.open(PAGE);
        browser.find("#create\\:firstName").sendKeys(first);
        browser.find("#create\\:lastName").sendKeys("RAJAN");
        browser.clickAndWaitForPage(browser.find("#create\\:go"));

        assertTrue(browser.find(".message.error").getText()
                .contains("Ce nom contient des lettres que les attestations et les cartes ne peuvent pas imprimer"),
                browser.text());
        assertTrue(browser.driver.findElements(By.id("issued-pin")).isEmpty(), "no account, no PIN");
        browser.screenshot("learner-accounts-unprintable-name");
        browser.assertAccessible("learner-accounts-unprintable-name");

        // the form kept what was typed: the trainer adds the Latin spelling and sends it again
        assertEquals(first, browser.find("#create\\:firstName").getAttribute("value"));
        browser.find("#create\\:printName").sendKeys("Tamilselvi RAJAN");
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        String username = browser.find("#issued-username").getText().strip();
        assertTrue(row(browser, username).contains(first + " RAJAN"), "the list shows the name as typed");

        String learnerId = browser.driver.findElement(By.cssSelector("#issued-card input[name=learner]")).getAttribute("value");
        HttpResponse<byte[]> cards = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "trainer/cards.pdf"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", Deployments.baseUrl().replaceAll("/$", ""))
                        .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                        .POST(HttpRequest.BodyPublishers.ofString("learner=" + learnerId)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, cards.statusCode());
        try (PDDocument pdf = Loader.loadPDF(cards.body())) {
            String printed = new PDFTextStripper().getText(pdf);
            assertTrue(printed.replaceAll("\\s+", " ").contains("Tamilselvi RAJAN") && !printed.contains("?"),
                    "the card prints the spelling: " + printed);
        }
    }

    /** Creates a learner; returns the username and PIN shown. */
    private static String[] create(Browser browser, String firstName, String lastName) {
        browser.find("#create\\:firstName").sendKeys(firstName);
        browser.find("#create\\:lastName").sendKeys(lastName);
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        String box = browser.find("#credentials").getText();
        assertTrue(box.contains("Notez ce code maintenant : il ne sera plus affiché"), box);
        String username = browser.find("#issued-username").getText().strip();
        String pin = browser.find("#issued-pin").getText().strip();
        assertTrue(pin.matches("[0-9]{4}"), "a PIN is 4 digits: " + pin);
        assertEquals(username, browser.find("tr[data-username='" + username + "'] td:nth-child(2)").getText().strip(),
                "the new learner is in the list");
        return new String[] {username, pin};
    }

    private static String resetPin(Browser browser, String username) {
        browser.clickAndWaitForPage(browser.find("tr[data-username='" + username + "'] input[id$=reset]"));
        assertTrue(browser.find("#credentials").getText().contains("il ne sera plus affiché"), browser.text());
        assertEquals(username, browser.find("#issued-username").getText().strip());
        return browser.find("#issued-pin").getText().strip();
    }

    private static String row(Browser browser, String username) {
        return browser.find("tr[data-username='" + username + "']").getText();
    }

    private static void logout(Browser browser) {
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));
    }
}
