package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A trainer prints their workshop's login cards, a coordinator a new learner's with the PIN just given; the learner scans the
 * card, types only the PIN, accepts the charter and lands on their modules. A new charter version and its
 * second acceptance are in CharterIT, on an organisation of its own: the demo learners of the other tests stay
 * at version 1.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class LoginCardsIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_trainer_prints_cards_and_a_learner_logs_in_by_scanning_one_then_accepts_the_charter() throws Exception {
        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 800));
        trainer.loginAsStaff("formateur", "Formateur-Demo-2026");

        // the demo workshop's cards: 8 a page, every QR code opens the login page with a username, never a PIN
        trainer.open("trainer/groups.xhtml");
        WebElement workshop = trainer.find("section.group-card[data-group='Atelier du mardi']");
        int members = workshop.findElements(By.cssSelector("[id$=':learners'] input:checked")).size(); // not the trainers list
        String workshopCards = workshop.findElement(By.cssSelector("a.print-cards")).getAttribute("href");
        byte[] pdf = fetch(trainer, HttpRequest.newBuilder(URI.create(workshopCards)).GET());
        assertEquals((members + 7) / 8, pages(pdf), members + " learners, 8 cards a page");
        Set<String> urls = qrCodes(pdf, 0);
        assertEquals(Math.min(8, members), urls.size(), "every card of the first page has a readable QR code: " + urls);
        assertTrue(urls.stream().allMatch(u -> u.matches(java.util.regex.Pattern.quote(Deployments.baseUrl())
                + "login\\.xhtml\\?u=apprenant[0-9]")), "the login page with the username, nothing else: " + urls);
        assertTrue(text(pdf).contains("Code : ________"), "no PIN known for the demo learners: a line to write it");

        // a new learner, created by the coordinator: their card has the PIN just given
        trainer.clickAndWaitForPage(trainer.find("#topbar\\:logout"));
        trainer.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        trainer.open("trainer/learners.xhtml");
        trainer.find("#create\\:firstName").sendKeys("Thị Hoa");
        trainer.find("#create\\:lastName").sendKeys("NGUYỄN");
        trainer.clickAndWaitForPage(trainer.find("#create\\:go"));
        String username = trainer.find("#issued-username").getText().strip();
        String pin = trainer.find("#issued-pin").getText().strip();
        assertTrue(trainer.find("#issued-card-print").isDisplayed(), "a button prints the new learner's card");
        trainer.assertAccessible("learner-accounts-with-cards");
        String learnerId = trainer.driver.findElement(By.cssSelector("#issued-card input[name=learner]")).getAttribute("value");
        String other = trainer.driver.findElement(By.cssSelector("tr[data-username=apprenant2] input.card-box")).getAttribute("value");
        byte[] cards = fetch(trainer, HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "trainer/cards.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", Deployments.baseUrl().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("learner=" + learnerId + "&learner=" + other)));
        String printed = text(cards);
        assertTrue(printed.replaceAll("\\s+", " ").contains("Thị Hoa NGUYỄN") && printed.contains("Code : " + pin), printed);
        assertEquals(1, printed.split("Code : [0-9]", -1).length - 1, "only the PIN just given is printed: " + printed);
        String cardUrl = qrCodes(cards, 0).stream().filter(u -> u.endsWith("?u=" + username)).findFirst()
                .orElseThrow(() -> new AssertionError("the new learner's card should have their QR code"));
        assertTrue(!cardUrl.contains(pin), "never the PIN in the QR code: " + cardUrl);

        // the learner scans the card: the PIN field waits, near the top of a phone's screen
        Browser learner = ScreenshotOnFailure.track(Browser.tablet());
        learner.open("login.xhtml?u=%3Cscript%3E");
        assertEquals("", learner.find("#username").getAttribute("value"), "a malformed username is ignored");
        learner.driver.get(cardUrl);
        assertEquals(username, learner.find("#username").getAttribute("value"), "the username is filled in");
        WebElement focused = learner.driver.switchTo().activeElement();
        assertEquals("secret", focused.getAttribute("id"), "the focus is on the PIN field");
        assertTrue(focused.getRect().getY() + focused.getRect().getHeight() < 640, "the PIN field shows without scrolling");
        learner.screenshot("login-cards-01-scanned");
        learner.assertAccessible("login-from-card");
        focused.sendKeys(pin);
        learner.clickAndWaitForPage(learner.find("#submit"));

        assertTrue(learner.driver.getCurrentUrl().contains("/learner/charter.xhtml"), "first the charter: " + learner.driver.getCurrentUrl());
        assertTrue(learner.text().contains("Votre code secret est à vous"), learner.text());
        assertTrue(learner.driver.findElement(By.id("read-aloud")).isDisplayed() || !hasSpeech(learner),
                "the charter can be read aloud");
        learner.screenshot("login-cards-02-charter");
        learner.assertAccessible("charter");
        learner.clickAndWaitForPage(learner.find("#accept\\:go"));
        assertTrue(learner.driver.getCurrentUrl().contains("/learner/modules.xhtml"), learner.driver.getCurrentUrl());
        assertTrue(learner.text().contains("Thị Hoa NGUYỄN"), "the learner lands on their modules");

    }

    @Test
    void the_coordinator_reads_the_charter_the_learners_accept_and_may_rewrite_it() {
        Browser coordinator = ScreenshotOnFailure.track(new Browser(1280, 800));
        coordinator.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        coordinator.clickAndWaitForPage(coordinator.find("a[href$='/trainer/charter.xhtml']"));
        assertTrue(coordinator.find("#charter\\:text").getAttribute("value").contains("Votre code secret est à vous"),
                "the default text, to start from");
        coordinator.assertAccessible("charter-edit");
    }

    private static boolean hasSpeech(Browser browser) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return 'speechSynthesis' in window;"));
    }

    /** What the browser's session gets at this address (the same cookie, the same staff member). */
    static byte[] fetch(Browser browser, HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "the cards should print: " + response.headers().map());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The QR codes of a page, decoded as a phone would from a 150 dpi print. */
    static Set<String> qrCodes(byte[] pdf, int page) throws Exception {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(page, 150, ImageType.RGB);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w))));
        try {
            Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap,
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true));
            return Arrays.stream(found).map(Result::getText).collect(Collectors.toSet());
        } catch (NotFoundException e) {
            return Set.of();
        }
    }
}
