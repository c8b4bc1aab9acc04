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

/** An admin opens a new organisation; its coordinator builds the team, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void an_admin_opens_an_organisation_whose_coordinator_logs_in_and_adds_a_trainer_who_is_also_coordinator() {
        Browser browser = ScreenshotOnFailure.track(new Browser(1280, 800));
        browser.loginAsStaff("admin", "Admin-Demo-2026");
        browser.open("admin/organisations.xhtml");
        browser.assertAccessible("organisations");
        browser.find("#create\\:name").sendKeys("CCAS de Saint-Denis");
        browser.find("#create\\:coordinatorName").sendKeys("Mai Trần");
        browser.find("#create\\:coordinatorUsername").sendKeys("Mai.Tran");
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        assertEquals("mai.tran", browser.find("#issued-username").getText().strip(), "usernames are lowercase");
        String password = browser.find("#issued-password").getText().strip();
        assertTrue(password.matches(".{4}-.{4}-.{4}"), password);
        assertTrue(browser.text().contains("CCAS de Saint-Denis"), "the new organisation is listed");
        browser.screenshot("organisations-01-created");

        browser.find("#create\\:name").sendKeys("ccas de saint-denis ");
        browser.find("#create\\:coordinatorName").sendKeys("Paul Martin");
        browser.find("#create\\:coordinatorUsername").sendKeys("p.martin");
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        assertTrue(browser.find(".message.error").getText().contains("Une structure porte déjà ce nom"), browser.text());
        assertTrue(browser.driver.findElements(By.id("issued-password")).isEmpty(), "nothing was created");
        browser.clickAndWaitForPage(browser.find("#topbar\\:logout"));

        browser.loginAsStaff("mai.tran", password);
        browser.open("trainer/staff.xhtml");
        assertTrue(browser.text().contains("Mai Trần"), browser.text());
        assertTrue(!browser.text().contains("Karim Formateur"), "another organisation's team is not shown");
        browser.find("#create\\:displayName").sendKeys("Hồ Văn Nam");
        browser.find("#create\\:username").sendKeys("nam.ho");
        browser.find("#create\\:coordinator").click();
        browser.clickAndWaitForPage(browser.find("#create\\:go"));
        assertEquals("nam.ho", browser.find("#issued-username").getText().strip());
        String row = browser.find("tr[data-username='nam.ho'] td.roles").getText();
        assertTrue(row.contains("Formateur") && row.contains("Coordinateur"), row);
        browser.assertAccessible("staff");

        // Mai also leads workshops; Nam steps down as coordinator; Mai, the last coordinator, cannot
        browser.clickAndWaitForPage(browser.find("tr[data-username='mai.tran'] input[id$=trainer]"));
        assertTrue(browser.find("tr[data-username='mai.tran'] td.roles").getText().contains("Formateur"), browser.text());
        browser.clickAndWaitForPage(browser.find("tr[data-username='nam.ho'] input[id$=coordinator]"));
        assertEquals("Formateur", browser.find("tr[data-username='nam.ho'] td.roles").getText().strip());
        browser.clickAndWaitForPage(browser.find("tr[data-username='mai.tran'] input[id$=coordinator]"));
        assertTrue(browser.find(".message.error").getText().contains("au moins un coordinateur"), browser.text());
        assertTrue(browser.find("tr[data-username='mai.tran'] td.roles").getText().contains("Coordinateur"));
    }
}
