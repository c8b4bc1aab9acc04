package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A trainer opens the dashboard (the workshop × module matrix), "où bloquent-ils ?" and the learners of one
 * step, a learner's timeline, and downloads the matrix as a CSV; every page passes axe-core.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class DashboardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_trainer_reads_the_matrix_the_heat_map_a_step_and_a_timeline_and_downloads_the_matrix() throws Exception {
        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 800));
        trainer.loginAsStaff("partenaire", "Partenaire-Demo-2026"); // apprenant9 is in no workshop: a coordinator sees them
        trainer.open("trainer/progress.xhtml?name=Laurence"); // other tests add learners to the organisation: find her by name
        assertTrue(trainer.find("tr.learner-apprenant9").getText().contains("Terminé"),
                "Laurence Morel finished the first module: " + trainer.find("tr.learner-apprenant9").getText());
        assertTrue(trainer.find("#matrix tfoot").getText().contains("%"), "the matrix ends with totals per module");
        trainer.screenshot("dashboard-01-matrix");
        trainer.assertAccessible("dashboard-matrix");

        trainer.clickAndWaitForPage(trainer.find("#to-stuck"));
        WebElement heat = trainer.find("#heat-map");
        assertTrue(heat.findElements(By.cssSelector("tbody tr")).size() > 1, "the heat map lists the steps of the modules started");
        trainer.screenshot("dashboard-02-heat-map");
        trainer.assertAccessible("dashboard-heat-map");
        trainer.clickAndWaitForPage(heat.findElement(By.cssSelector("tbody tr th a")));
        assertTrue(trainer.find("#step-learners").getText().contains("Laurence Morel"),
                "the first step lists the learners who reached it: " + trainer.find("#step-learners").getText());
        trainer.assertAccessible("dashboard-step-learners");

        trainer.open("trainer/progress.xhtml?name=Laurence"); // other tests add learners to the organisation: find her by name
        trainer.clickAndWaitForPage(trainer.find("tr.learner-apprenant9 th a"));
        assertTrue(trainer.find("h1").getText().contains("Laurence Morel"), trainer.find("h1").getText());
        assertTrue(trainer.find("#events").getText().contains("Attestation"), "the timeline shows her certificate");
        trainer.screenshot("dashboard-03-timeline");
        trainer.assertAccessible("dashboard-timeline");

        trainer.open("trainer/progress.xhtml?name=Laurence"); // other tests add learners to the organisation: find her by name
        String href = trainer.find("#export-csv").getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + trainer.cookie("JSESSIONID")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"pas-a-pas-tableau-\\d{4}-\\d{2}-\\d{2}\\.csv\""), "the file is named with the date");
        assertTrue(csv.body().startsWith("\uFEFFApprenant;Identifiant;"), "a CSV for French Excel: " + csv.body());
        assertTrue(csv.body().contains("Laurence Morel;apprenant9;Terminé"), csv.body());
    }
}
