package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Training the team: a coordinator asks a trainer of their organisation to follow a module of the staff course by
 * a date, sees it in the team's table and withdraws it; the trainer finds it first under "Me former". The
 * coordinator lists only their own organisation's staff, and asking the same module again changes only its date.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class StaffTrainingIT {

    private static final String MODULE = "faire-avec";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void a_coordinator_asks_a_trainer_of_their_organisation_to_follow_a_staff_module_and_the_trainer_sees_it_first() {
        Browser coordinator = ScreenshotOnFailure.track(Browser.tablet());
        coordinator.loginAsStaff("coordinatrice", "Coordinatrice-Demo-2026");
        coordinator.open("trainer/staff.xhtml");

        List<String> team = coordinator.driver.findElements(By.cssSelector("#training\\:trainees label")).stream()
                .map(WebElement::getText).toList();
        assertTrue(team.contains("Lucie Moreau") && team.contains("Nadia Belkacem"), team.toString());
        assertFalse(coordinator.find("#training").getText().contains("Formateur"),
                "the other organisation's staff are not offered: " + team);

        coordinator.clickAndWaitForPage(coordinator.find("#training\\:assign"));
        assertTrue(coordinator.text().contains("Cochez au moins une personne de l’équipe."), coordinator.text());

        LocalDate due = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7);
        tick(coordinator, "Lucie Moreau");
        new Select(coordinator.find("#training\\:item")).selectByValue("module:" + MODULE);
        ((JavascriptExecutor) coordinator.driver).executeScript("arguments[0].value = arguments[1]",
                coordinator.find("#training\\:due"), due.toString());
        coordinator.clickAndWaitForPage(coordinator.find("#training\\:assign"));
        assertTrue(coordinator.text().contains("est demandé à 1 personne(s), à faire avant le"), coordinator.text());
        String row = row(coordinator, "Lucie Moreau");
        assertTrue(row.contains("Faire avec la personne") || row.contains("À faire avant le"), row);
        assertTrue(row.contains("À faire avant le"), row);
        coordinator.assertAccessible("staff-training");
        coordinator.screenshot("staff-training");

        // the same module again, without a date: one line, its date gone
        tick(coordinator, "Lucie Moreau");
        new Select(coordinator.find("#training\\:item")).selectByValue("module:" + MODULE);
        coordinator.clickAndWaitForPage(coordinator.find("#training\\:assign"));
        row = row(coordinator, "Lucie Moreau");
        assertEquals(1, coordinator.driver.findElements(By.xpath(
                "//table[contains(@class,'staff-training')]//tr[td[1][normalize-space()='Lucie Moreau']]//li")).size(), row);
        assertFalse(row.contains("À faire avant le"), row);

        try (Browser trainer = Browser.tablet()) {
            trainer.loginAsStaff("formatrice", "Formatrice-Demo-2026");
            trainer.clickAndWaitForPage(trainer.find("#staffnav-train"));
            assertEquals(1, trainer.driver.findElements(By.id("assigned-" + MODULE)).size(),
                    "the module asked comes first in \"Me former\": " + trainer.text());
        }

        coordinator.clickAndWaitForPage(coordinator.driver.findElement(By.xpath(
                "//table[contains(@class,'staff-training')]//tr[td[1][normalize-space()='Lucie Moreau']]//input[@type='submit']")));
        assertTrue(coordinator.text().contains("La formation est retirée."), coordinator.text());
        assertTrue(row(coordinator, "Lucie Moreau").contains("Rien pour l’instant"), row(coordinator, "Lucie Moreau"));
    }

    private static void tick(Browser browser, String name) {
        WebElement label = browser.driver.findElement(By.xpath(
                "//*[@id='training:trainees']//label[normalize-space()='" + name + "']"));
        browser.driver.findElement(By.id(label.getAttribute("for"))).click();
    }

    private static String row(Browser browser, String name) {
        return browser.driver.findElement(By.xpath(
                "//table[contains(@class,'staff-training')]//tr[td[1][normalize-space()='" + name + "']]")).getText();
    }
}
