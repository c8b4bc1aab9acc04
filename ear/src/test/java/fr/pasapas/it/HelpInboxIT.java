package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Module;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
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

/**
 * The help inbox in real browsers: a learner of the demo workshop is stuck and asks for help with a message; the
 * trainer sees one more request in the menu of every staff page, opens the inbox, reads the step and the
 * message, answers; the learner reads the answer. The coordinator then reads it in the audit log.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class HelpInboxIT {

    private static final String MODULE = "ecran-tactile";
    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_stuck_learner_asks_for_help_the_trainer_sees_the_count_answers_from_the_inbox_and_the_learner_reads_it() {
        Module module = Deployments.catalogue().module(MODULE).orElseThrow();
        String step = module.steps().get(2).id();
        String words = "Je ne trouve pas le bouton " + UUID.randomUUID().toString().substring(0, 6);

        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 800));
        trainer.loginAsStaff("formateur", "Formateur-Demo-2026");
        int before = waiting(trainer);

        Browser learner = ScreenshotOnFailure.track(Browser.tablet());
        learner.loginAsLearner("apprenant5", "5555");
        learner.open("learner/step.xhtml?module=" + MODULE + "&step=" + step);
        learner.tap(learner.find("#help\\:open"));
        learner.find("#help\\:message").sendKeys(words);
        learner.clickAndWaitForPage(learner.find("#help\\:ask"));
        assertTrue(learner.find("#help\\:asked").getText().contains("verra votre demande"), "the learner's request is confirmed");

        trainer.open("trainer/groups.xhtml");
        assertEquals(before + 1, waiting(trainer), "every staff page counts the new waiting request in the menu");
        trainer.clickAndWaitForPage(trainer.find("#nav-help"));
        trainer.assertAccessible("help-inbox");
        trainer.screenshot("help-01-inbox");
        WebElement row = trainer.driver.findElements(By.cssSelector("tr.help-row")).stream()
                .filter(r -> r.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("the inbox should list the learner's message: " + trainer.text()));
        String stepTitle = module.steps().get(2).title();
        assertTrue(row.getText().contains("Étape 3 : " + stepTitle), "the inbox names the step: " + row.getText());
        assertTrue(row.getText().contains("Karim Formateur"), "assigned to the trainer of the learner's workshop: " + row.getText());
        assertTrue(row.getText().contains("En attente"), row.getText());

        trainer.clickAndWaitForPage(row.findElement(By.cssSelector("a")));
        assertTrue(trainer.find("#request-step").getText().contains("Étape 3 sur " + module.steps().size()),
                "the request shows the step the learner is stuck on: " + trainer.find("#request-step").getText());
        assertEquals(words, trainer.find("#request-message").getText());
        trainer.assertAccessible("help-request");
        trainer.find("#answer\\:text").sendKeys("Touchez le rond en bas de l’écran.");
        trainer.clickAndWaitForPage(trainer.find("#answer\\:send"));
        assertTrue(trainer.find(".message.info").getText().contains("Réponse envoyée"), trainer.text());
        assertEquals("Répondue", trainer.find("#request-status").getText());
        assertEquals(before, waiting(trainer), "an answered request no longer waits");
        trainer.screenshot("help-02-answered");

        learner.open("learner/modules.xhtml");
        String answer = learner.find(".help-answer").getText();
        assertTrue(answer.contains("Touchez le rond en bas de l’écran.") && answer.contains("Karim Formateur"),
                "the learner reads the trainer's answer on their next page: " + answer);

        trainer.clickAndWaitForPage(trainer.find("#answer\\:close"));
        assertEquals("Close", trainer.find("#request-status").getText());
        trainer.assertAccessible("help-request-closed");

        Browser coordinator = ScreenshotOnFailure.track(new Browser(1280, 800));
        coordinator.loginAsStaff("partenaire", "Partenaire-Demo-2026");
        coordinator.clickAndWaitForPage(coordinator.find("#nav-audit"));
        String log = coordinator.find("table.audit-log tbody tr").getText();
        assertTrue(log.contains("Réponse à une demande d’aide") && log.contains("Karim Formateur"),
                "the newest line of the coordinator's audit log is the trainer's answer: " + log);
        coordinator.assertAccessible("audit-log");
        coordinator.screenshot("help-03-audit");

        Browser admin = ScreenshotOnFailure.track(new Browser(1280, 800));
        admin.loginAsStaff("admin", "Admin-Demo-2026");
        admin.open("trainer/audit.xhtml");
        assertTrue(admin.find("table.audit-log thead").getText().contains("Structure"), "the admin sees whose line it is");
        admin.assertAccessible("audit-log-admin");
    }

    @Test
    void the_inbox_downloads_as_a_spreadsheet_with_its_filters_and_only_for_the_callers_organisation() throws Exception {
        Module module = Deployments.catalogue().module(MODULE).orElseThrow();
        String step = module.steps().get(1).id();
        String words = "=HYPERLINK(\"x\") " + UUID.randomUUID().toString().substring(0, 6);
        Browser learner = ScreenshotOnFailure.track(Browser.tablet());
        learner.loginAsLearner("apprenant6", "6666");
        learner.open("learner/step.xhtml?module=" + MODULE + "&step=" + step);
        learner.tap(learner.find("#help\\:open"));
        learner.find("#help\\:message").sendKeys(words);
        learner.clickAndWaitForPage(learner.find("#help\\:ask"));

        HttpClient coordinator = TestStaff.loggedIn("partenaire", "Partenaire-Demo-2026", new CookieManager());
        String inbox = TestStaff.body(coordinator, "trainer/help.xhtml?status=ALL");
        assertTrue(inbox.contains("export/help?format=csv&amp;status=ALL"), "the inbox links its export with its filters");
        HttpResponse<String> csv = TestStaff.get(coordinator, "trainer/export/help?format=csv&status=OPEN");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("demandes-aide"), csv.headers().map().toString());
        assertTrue(csv.body().contains("Apprenant;Module;N° d’étape;Étape;Quand;Message;État;Confiée à"), csv.body());
        String line = csv.body().lines().filter(l -> l.contains(words.substring(words.length() - 6))).findFirst()
                .orElseThrow(() -> new AssertionError("the open request is exported: " + csv.body()));
        assertTrue(line.contains("'=HYPERLINK") && line.contains("En attente") && line.contains(module.title()),
                "the learner's words are exported, a formula made harmless: " + line);
        assertFalse(TestStaff.get(coordinator, "trainer/export/help?format=csv&status=CLOSED").body().contains(words.substring(words.length() - 6)),
                "the status filter applies to the file");
        HttpResponse<byte[]> xlsx = coordinator.send(HttpRequest.newBuilder(
                URI.create(TestStaff.baseUrl() + "trainer/export/help?format=xlsx&status=ALL")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().length > 4 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "an XLSX is a zip");
        assertEquals(404, TestStaff.get(coordinator, "trainer/export/help?format=csv&status=LOST").statusCode());

        HttpClient other = TestStaff.loggedIn("coordinatrice", "Coordinatrice-Demo-2026", new CookieManager());
        String theirs = TestStaff.get(other, "trainer/export/help?format=csv&status=ALL").body();
        assertFalse(theirs.contains(words.substring(words.length() - 6)) || theirs.contains("Ahmed Benali"),
                "another organisation's coordinator exports none of it: " + theirs);
        String tuesday = Pattern.compile("value=\"(\\d+)\"[^>]*>Atelier du mardi<").matcher(inbox).results()
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("the inbox offers its workshops: " + inbox));
        assertEquals(200, TestStaff.get(coordinator, "trainer/export/help?format=csv&workshop=" + tuesday).statusCode());
        assertEquals(404, TestStaff.get(other, "trainer/export/help?format=csv&workshop=" + tuesday).statusCode(),
                "another organisation's workshop is unknown");
    }

    /** The number in the menu's «Demandes d’aide (n)». */
    private static int waiting(Browser browser) {
        Matcher m = COUNT.matcher(browser.find("#nav-help").getText());
        assertTrue(m.find(), "the menu should show the number of waiting requests");
        return Integer.parseInt(m.group(1));
    }
}
