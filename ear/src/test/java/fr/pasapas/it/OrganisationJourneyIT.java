package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Module;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 10's journey from end to end, in real browsers, on the demo's second organisation: a trainer makes two
 * workshops; the coordinator imports 30 beneficiaries into them from a spreadsheet file; the trainer assigns a
 * module to the first workshop and prints its login cards; a learner scans a card, types only the PIN, accepts
 * the charter, opens the module asked and, stuck on a step, asks for help; the trainer sees the step on the
 * heat map and answers; the funders' figures of the month count the 30 enrolled and the active learner; and a
 * trainer of the other organisation sees none of it by page, by export or by address.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class OrganisationJourneyIT {

    private static final String MODULE = "ecran-tactile";
    private static final List<String> LAST_NAMES = List.of("Garnier", "Roux", "Fontaine", "Chevalier", "Robin",
            "Gauthier", "Perrin", "Morin", "Mercier", "Blanc", "Guerin", "Boyer", "Lemoine", "Faure", "Andre");
    private static final List<String> FIRST_NAMES = List.of("Yvette", "Bernard");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void thirty_beneficiaries_two_workshops_a_card_scanned_a_step_stuck_answered_counted_and_invisible_to_the_other_organisation()
            throws Exception {
        String tag = tag();
        String monday = "Atelier lundi " + tag;
        String friday = "Atelier vendredi " + tag;

        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 800));
        trainer.loginAsStaff("formatrice", "Formatrice-Demo-2026");
        for (String name : List.of(monday, friday)) {
            trainer.open("trainer/groups.xhtml");
            trainer.find("#create\\:name").sendKeys(name);
            trainer.clickAndWaitForPage(trainer.find("#create\\:go"));
        }
        long mondayId = workshopId(trainer, monday);
        long fridayId = workshopId(trainer, friday);

        Browser coordinator = ScreenshotOnFailure.track(new Browser(1280, 800));
        coordinator.loginAsStaff("coordinatrice", "Coordinatrice-Demo-2026");
        int[] before = monthFigures(coordinator);

        // 30 beneficiaries, half in each workshop, from a semicolon file as a spreadsheet saves it
        Path file = Files.createTempFile("beneficiaires-", ".csv");
        StringBuilder csv = new StringBuilder("Nom;Prénom;Année de naissance;Atelier\r\n");
        for (int i = 0; i < 30; i++) {
            csv.append(LAST_NAMES.get(i % 15).toUpperCase()).append('-').append(tag).append(';')
                    .append(FIRST_NAMES.get(i / 15)).append(';').append(1945 + i).append(';')
                    .append(i % 2 == 0 ? monday : friday).append("\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        coordinator.open("trainer/import.xhtml");
        coordinator.find("#upload\\:file").sendKeys(file.toString());
        coordinator.clickAndWaitForPage(coordinator.find("#upload\\:send"));
        assertEquals("30 prête(s) à importer", coordinator.find("#count-valid").getText().strip(), coordinator.text());
        coordinator.clickAndWaitForPage(coordinator.find("#choice\\:all"));
        Map<String, String> pins = new LinkedHashMap<>();
        for (WebElement row : coordinator.driver.findElements(By.cssSelector(".issued-list tbody tr"))) {
            pins.put(row.findElement(By.cssSelector("td:nth-child(2)")).getText().strip(),
                    row.findElement(By.cssSelector("td.pin")).getText().strip());
        }
        assertEquals(30, pins.size(), coordinator.text());
        Files.delete(file);

        // the trainer asks the first workshop for a module and prints its cards
        trainer.open("trainer/groups.xhtml");
        WebElement mondayCard = trainer.find("section.group-card[data-group='" + monday + "']");
        assertEquals(15, mondayCard.findElements(By.cssSelector("[id$=':learners'] input:checked")).size(),
                "the import put 15 people in each workshop");
        new Select(trainer.find("#assign-" + mondayId + "\\:item")).selectByValue("module:" + MODULE);
        trainer.clickAndWaitForPage(trainer.find("#assign-" + mondayId + "\\:go"));
        String cardsAddress = trainer.find("section.group-card[data-group='" + monday + "'] a.print-cards").getAttribute("href");
        byte[] cards = LoginCardsIT.fetch(trainer, HttpRequest.newBuilder(URI.create(cardsAddress)).GET());
        Set<String> scanned = LoginCardsIT.qrCodes(cards, 0);
        assertEquals(8, scanned.size(), "8 cards on the first page, each with a readable QR code: " + scanned);
        String cardAddress = scanned.iterator().next();
        String username = cardAddress.substring(cardAddress.indexOf("?u=") + 3);
        assertTrue(pins.containsKey(username), "a card of an imported learner: " + cardAddress);

        // the learner scans the card: the username is filled in, they type the PIN, accept the charter
        Browser learner = ScreenshotOnFailure.track(Browser.tablet());
        learner.driver.get(cardAddress);
        assertEquals(username, learner.find("#username").getAttribute("value"));
        assertEquals("secret", learner.driver.switchTo().activeElement().getAttribute("id"), "the PIN field has the focus");
        learner.find("#secret").sendKeys(pins.get(username));
        learner.clickAndWaitForPage(learner.find("#submit"));
        assertTrue(learner.driver.getCurrentUrl().contains("/learner/charter.xhtml"), "the charter first: " + learner.driver.getCurrentUrl());
        learner.clickAndWaitForPage(learner.find("#accept\\:go"));
        assertEquals(1, learner.driver.findElements(By.id("assigned-" + MODULE)).size(), "the module asked comes first");

        Module module = Deployments.catalogue().module(MODULE).orElseThrow();
        String step = module.steps().get(1).id();
        String words = "Je ne comprends pas " + tag;
        learner.open("learner/step.xhtml?module=" + MODULE + "&step=" + step);
        learner.tap(learner.find("#help\\:open"));
        learner.find("#help\\:message").sendKeys(words);
        learner.clickAndWaitForPage(learner.find("#help\\:ask"));

        // the trainer sees the step on the workshop's heat map, then answers from the inbox
        trainer.open("trainer/stuck.xhtml?workshop=" + mondayId);
        WebElement heat = trainer.find("#heat-map tr[data-step='" + MODULE + "/" + step + "']");
        assertEquals("1", heat.findElement(By.cssSelector(".n-helps")).getText().strip(), heat.getText());
        trainer.open("trainer/help.xhtml?workshop=" + mondayId);
        WebElement request = trainer.driver.findElements(By.cssSelector("tr.help-row")).stream()
                .filter(r -> r.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("the inbox lists the request: " + trainer.text()));
        trainer.clickAndWaitForPage(request.findElement(By.cssSelector("a")));
        trainer.find("#answer\\:text").sendKeys("Appuyez longtemps sur l’icône.");
        trainer.clickAndWaitForPage(trainer.find("#answer\\:send"));
        assertEquals("Répondue", trainer.find("#request-status").getText());
        learner.open("learner/modules.xhtml");
        assertTrue(learner.find(".help-answer").getText().contains("Appuyez longtemps sur l’icône."));

        // the funders' figures of the month count them
        int[] after = monthFigures(coordinator);
        assertTrue(after[0] >= before[0] + 30, "30 more enrolled this month: " + before[0] + " then " + after[0]);
        assertTrue(after[1] >= before[1] + 1, "one more active learner: " + before[1] + " then " + after[1]);

        // the other organisation's trainer sees none of it
        String surname = LAST_NAMES.get(0).toUpperCase() + "-" + tag;
        Browser other = ScreenshotOnFailure.track(new Browser(1280, 800));
        other.loginAsStaff("formateur", "Formateur-Demo-2026");
        for (String page : List.of("trainer/progress.xhtml", "trainer/stuck.xhtml", "trainer/help.xhtml?status=ALL&scope=all",
                "trainer/learners.xhtml", "trainer/groups.xhtml")) {
            other.open(page);
            assertFalse(other.text().contains(tag), page + " shows nothing of the other organisation: " + other.text());
        }
        HttpClient otherClient = TestStaff.loggedIn("formateur", "Formateur-Demo-2026", new CookieManager());
        for (String export : List.of("trainer/export/help?format=csv&status=ALL&scope=all", "trainer/export/heatmap?format=csv",
                "trainer/export/matrix?format=csv")) {
            var response = TestStaff.get(otherClient, export);
            assertEquals(200, response.statusCode(), export);
            assertFalse(response.body().contains(tag), export + " exports nothing of the other organisation");
        }
        long learnerId = learnerId(trainer, mondayId, surname);
        var cardsRefused = TestStaff.get(otherClient, "trainer/cards.pdf?workshop=" + mondayId);
        assertTrue(cardsRefused.uri().toString().contains("cards="), "no cards: back to the workshops with a message, "
                + cardsRefused.uri());
        assertFalse(cardsRefused.headers().firstValue("Content-Type").orElse("").contains("pdf"));
        assertFalse(cardsRefused.body().contains(tag));
        for (String address : List.of("trainer/learner.xhtml?id=" + learnerId,
                "trainer/export/timeline?format=csv&id=" + learnerId, "trainer/export/heatmap?format=csv&workshop=" + fridayId)) {
            var response = TestStaff.get(otherClient, address);
            assertEquals(404, response.statusCode(), address + " is unknown to the other organisation");
            assertFalse(response.body().contains(tag), address);
        }
    }

    /** Letters only (a name's part), different on each run: the people of this run are found by it. */
    private static String tag() {
        SecureRandom random = new SecureRandom();
        StringBuilder tag = new StringBuilder("Q");
        for (int i = 0; i < 5; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }

    private static long workshopId(Browser browser, String name) {
        String id = browser.find("section.group-card[data-group='" + name + "']").getAttribute("id");
        return Long.parseLong(id.substring("group-".length()));
    }

    /** Enrolled and active learners of the current Paris month on the figures page of the caller's organisation. */
    private static int[] monthFigures(Browser browser) {
        browser.open("trainer/figures.xhtml");
        WebElement month = browser.find("#by-month tr[data-month='" + YearMonth.now(ZoneId.of("Europe/Paris")) + "']");
        return new int[] {Integer.parseInt(month.findElement(By.cssSelector(".enrolled")).getText().strip()),
                Integer.parseInt(month.findElement(By.cssSelector(".active")).getText().strip())};
    }

    /** The id of a learner of the caller's workshops, from the link to their timeline on the progress page. */
    private static long learnerId(Browser browser, long workshopId, String surname) {
        browser.open("trainer/progress.xhtml?workshop=" + workshopId + "&name=" + surname);
        List<Long> ids = new ArrayList<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector("a[href*='learner.xhtml?id=']"))) {
            if (link.getText().contains(surname)) {
                Matcher m = Pattern.compile("id=(\\d+)").matcher(link.getAttribute("href"));
                if (m.find()) {
                    ids.add(Long.parseLong(m.group(1)));
                }
            }
        }
        assertFalse(ids.isEmpty(), "the trainer's progress page links to " + surname + ": " + browser.text());
        return ids.get(0);
    }
}
