package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.sandbox.domain.ExpectedAction;
import fr.pasapas.sandbox.domain.Scenario;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Training the helpers: a trainer follows the staff course from the staff menu with their own progress and plays a
 * practice scenario with its fictitious persona, on light learner pages that keep the staff menu; a learner never
 * sees the staff course and still cannot open a staff page.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class StaffCourseIT {

    private static final String COURSE = "accompagner";
    private static final String MODULE = "faire-avec";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void a_trainer_opens_the_staff_course_from_the_staff_menu_answers_a_step_and_plays_a_scenario_guided() {
        Catalogue catalogue = Deployments.catalogue();
        QuizStep quiz = catalogue.module(MODULE).orElseThrow().steps().stream()
                .filter(QuizStep.class::isInstance).map(QuizStep.class::cast).filter(q -> !q.multiple())
                .findFirst().orElseThrow();
        Choice right = quiz.choices().stream().filter(Choice::correct).findFirst().orElseThrow();
        Browser browser = ScreenshotOnFailure.track(Browser.tablet());
        browser.loginAsStaff("formateur", "Formateur-Demo-2026");

        browser.clickAndWaitForPage(browser.find("#staffnav-train"));
        assertEquals("Me former", browser.find("h1").getText());
        assertTrue(browser.find("#course-" + COURSE).getAttribute("open") != null,
                "the staff course comes first, unfolded: " + browser.text());
        browser.assertAccessible("staff-train-list");
        browser.screenshot("staff-train-list");

        browser.clickAndWaitForPage(browser.find("#module-" + MODULE + " .open-module"));
        assertTrue(browser.driver.getCurrentUrl().contains("module=" + MODULE), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElements(By.id("help")).isEmpty(), "no help request to their own learners' queue");
        browser.find("#staffnav-back");
        browser.open("learner/step.xhtml?module=" + MODULE + "&step=" + quiz.id() + "&retry=true");
        assertEquals(quiz.question(), browser.find("#question").getText());
        browser.assertAccessible("staff-course-question");
        browser.clickAndWaitForPage(browser.find("[data-choice='" + right.id() + "']"));
        assertTrue(browser.find("#feedback").getText().contains("Bonne réponse"), browser.find("#feedback").getText());
        browser.assertAccessible("staff-course-feedback");

        browser.clickAndWaitForPage(browser.find("#staffnav-train"));
        assertTrue(browser.driver.findElements(By.id("resume-" + MODULE)).size() == 1,
                "the trainer's own progress is kept: the module is to resume");

        Scenario scenario = Deployments.sandbox().scenario("caf-se-connecter").orElseThrow();
        ExpectedAction first = scenario.path().get(0);
        browser.clickAndWaitForPage(browser.find("#staffnav-practice"));
        browser.tap(browser.find("#site-caf summary"));
        browser.clickAndWaitForPage(browser.find("#start-" + scenario.id() + "-guided"));
        if (!browser.driver.findElements(By.id("undo")).isEmpty()) {
            browser.clickAndWaitForPage(browser.find("#restart")); // an unfinished run is resumed: start it over
        }
        assertEquals(first.guide().fr(), browser.find("#guide").getText().replaceFirst("^→ ", ""));
        assertTrue(browser.find("#sb-" + first.target()).getAttribute("class").contains("guided")
                || !browser.driver.findElements(By.cssSelector(".guided #sb-" + first.target())).isEmpty(),
                "the first element to press is the guided one");
        browser.assertAccessible("staff-practice-guided");
        browser.screenshot("staff-practice-guided");
        browser.clickAndWaitForPage(browser.find("#sb-" + first.target()));
        assertFalse(browser.find("#guide").getText().replaceFirst("^→ ", "").equals(first.guide().fr()),
                "the run went on to the next guided element");
        browser.find("#staffnav-back");
    }

    @Test
    void a_learner_never_sees_the_staff_course_and_still_cannot_open_a_staff_page() {
        Browser browser = ScreenshotOnFailure.track(Browser.tablet());
        browser.loginAsLearner("apprenant9", "9999");
        browser.open("learner/modules.xhtml");
        browser.find("#course-decouvrir-appareil");
        assertTrue(browser.driver.findElements(By.id("course-" + COURSE)).isEmpty(), "no staff course in the list");
        assertTrue(browser.driver.findElements(By.id("staffnav-train")).isEmpty(), "no staff menu for a learner");

        browser.open("learner/step.xhtml?module=" + MODULE);
        assertTrue(browser.driver.getTitle().contains("introuvable"), "a staff module is not found: " + browser.text());
        browser.open("trainer/progress.xhtml");
        assertTrue(browser.find("#error-403").isDisplayed(), "a learner cannot open a staff page: " + browser.text());
    }
}
