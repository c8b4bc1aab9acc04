package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.learning.domain.Catalogue;
import fr.pasapas.learning.domain.CheckQuestion;
import fr.pasapas.learning.domain.CheckStep;
import fr.pasapas.learning.domain.Choice;
import fr.pasapas.learning.domain.HotspotStep;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.OrderItem;
import fr.pasapas.learning.domain.OrderStep;
import fr.pasapas.learning.domain.QuizStep;
import fr.pasapas.learning.domain.Step;
import fr.pasapas.learning.domain.TypingStep;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Each kind of step, in a real browser at 360×640, on the real catalogue: a wrong answer shows its
 * feedback and lets the learner try again, a right answer lets them go on; every screen passes axe-core.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class StepTypesIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private Browser browser;

    @BeforeEach
    void login() {
        browser = ScreenshotOnFailure.track(Browser.tablet());
        browser.loginAsLearner("apprenant3", "3333");
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_single_choice_question_answers_with_one_tap() {
        QuizStep quiz = open(QuizStep.class, q -> !q.multiple());
        tapAndExpect("[data-choice='" + wrongChoice(quiz.choices()).id() + "']", false, "quiz");
        retry();
        tapAndExpect("[data-choice='" + rightChoice(quiz.choices()).id() + "']", true, "quiz");
    }

    @Test
    void a_multiple_choice_question_takes_the_ticked_answers() {
        QuizStep quiz = open(QuizStep.class, QuizStep::multiple);
        browser.tap(browser.find("#choice-" + wrongChoice(quiz.choices()).id()));
        tapAndExpect("#answer\\:validate", false, "multiple");
        retry();
        for (Choice c : quiz.choices()) {
            if (c.correct()) {
                browser.tap(browser.find("#choice-" + c.id()));
            }
        }
        tapAndExpect("#answer\\:validate", true, "multiple");
    }

    @Test
    void a_picture_answers_where_the_learner_taps() {
        HotspotStep hotspot = open(HotspotStep.class, h -> true);
        WebElement miss = browser.find("[data-zone='']");
        browser.assertAccessible("hotspot-question");
        browser.screenshot("types-hotspot-question");
        ((JavascriptExecutor) browser.driver).executeScript("window.__pasapasOldPage = true;");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", miss);
        browser.clickAndWaitForPageAfterScript();
        assertFeedback(false, "hotspot");
        assertTrue(browser.find("#feedback").getText().contains(hotspot.missFeedback()), "a tap beside the zones says so");
        retry();
        tapAndExpect("[data-zone='" + hotspot.correctZone().id() + "']", true, "hotspot");
    }

    @Test
    void an_order_is_built_with_up_and_down_buttons() {
        OrderStep order = open(OrderStep.class, o -> true);
        tapAndExpect("#answer\\:validate", false, "order");
        retry();
        List<String> target = order.items().stream().map(OrderItem::id).toList();
        for (int i = 0; i < target.size(); i++) {
            int at = shownOrder().indexOf(target.get(i));
            while (at > i) {
                browser.clickAndWaitForPage(browser.find("[data-up='" + target.get(i) + "']"));
                at--;
            }
        }
        assertEquals(target, shownOrder());
        tapAndExpect("#answer\\:validate", true, "order");
    }

    @Test
    void a_typed_answer_is_checked_with_forgiveness_and_a_helpful_message() {
        TypingStep typing = open(TypingStep.class, t -> true);
        browser.find("#answer\\:typed").sendKeys("zzz");
        tapAndExpect("#answer\\:validate", false, "typing");
        assertTrue(browser.find("#feedback").getText().contains(typing.check("zzz").message()),
                "a wrong answer shows the hint or message of the content");
        retry();
        String accepted = typing.accepted().get(0);
        String typed = typing.ignore().contains(TypingStep.Ignore.CASE) ? accepted.toUpperCase(java.util.Locale.FRENCH) : accepted;
        browser.find("#answer\\:typed").sendKeys("  " + typed + " ");
        tapAndExpect("#answer\\:validate", true, "typing");
    }

    @Test
    void a_final_check_is_passed_with_enough_right_answers() {
        CheckStep check = open(CheckStep.class, c -> true);
        for (CheckQuestion q : check.questions()) {
            browser.tap(browser.find("#q-" + q.id() + "-" + wrongChoice(q.choices()).id()));
        }
        tapAndExpect("#answer\\:validate", false, "check");
        retry();
        for (CheckQuestion q : check.questions()) {
            browser.tap(browser.find("#q-" + q.id() + "-" + rightChoice(q.choices()).id()));
        }
        tapAndExpect("#answer\\:validate", true, "check");
        assertTrue(browser.find("#feedback").getText().contains(check.passFeedback()));
    }

    private <T extends Step> T open(Class<T> type, Predicate<T> filter) {
        for (Module m : catalogue().modules()) {
            for (Step s : m.steps()) {
                if (type.isInstance(s) && filter.test(type.cast(s))) {
                    browser.open("learner/step.xhtml?module=" + m.id() + "&step=" + s.id());
                    assertEquals(s.id(), browser.find("article.step").getAttribute("data-step"));
                    return type.cast(s);
                }
            }
        }
        throw new AssertionError("The catalogue should have a step of type " + type.getSimpleName());
    }

    private void tapAndExpect(String css, boolean right, String name) {
        browser.assertAccessible(name + "-question");
        browser.screenshot("types-" + name + "-question-" + right);
        browser.clickAndWaitForPage(browser.find(css));
        assertFeedback(right, name);
    }

    private void assertFeedback(boolean right, String name) {
        WebElement feedback = browser.find("#feedback");
        String verdict = "check".equals(name) ? (right ? "Bilan réussi" : "Bilan pas encore réussi")
                : (right ? "Bonne réponse" : "Ce n’est pas la bonne réponse");
        assertTrue(feedback.getText().contains(verdict), name + ": " + feedback.getText());
        browser.screenshot("types-" + name + "-feedback-" + right);
        browser.assertAccessible(name + "-feedback-" + right);
        if (right) {
            assertTrue(browser.find("#after\\:continue").isDisplayed(), "a right answer lets the learner go on");
        }
    }

    private void retry() {
        browser.clickAndWaitForPage(browser.find("#after\\:retry"));
    }

    private List<String> shownOrder() {
        return browser.driver.findElements(By.cssSelector(".order-item")).stream()
                .map(e -> e.getAttribute("data-item")).toList();
    }

    private static Choice wrongChoice(List<Choice> choices) {
        return choices.stream().filter(c -> !c.correct()).findFirst().orElseThrow();
    }

    private static Choice rightChoice(List<Choice> choices) {
        return choices.stream().filter(Choice::correct).findFirst().orElseThrow();
    }

    private static Catalogue catalogue() {
        return Deployments.catalogue();
    }
}
