package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Module;
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

    /** The number in the menu's «Demandes d’aide (n)». */
    private static int waiting(Browser browser) {
        Matcher m = COUNT.matcher(browser.find("#nav-help").getText());
        assertTrue(m.find(), "the menu should show the number of waiting requests");
        return Integer.parseInt(m.group(1));
    }
}
