package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.TypingStep;
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
    void every_single_choice_question_of_the_catalogue_shows_its_first_answer_without_scrolling_even_with_bigger_text() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        List<String> hidden = new java.util.ArrayList<>();
        for (Module m : catalogue().modules()) {
            for (Step s : m.steps()) {
                if (s instanceof QuizStep q && !q.multiple()) {
                    browser.open("learner/step.xhtml?module=" + m.id() + "&step=" + s.id() + "&retry=true");
                    browser.find("[data-choice]");
                    Object visible = js.executeScript("window.scrollTo(0, 0); var r = document.querySelector('[data-choice]')"
                            + ".getBoundingClientRect(); return r.bottom <= window.innerHeight;");
                    if (!Boolean.TRUE.equals(visible)) {
                        hidden.add(m.id() + "/" + s.id());
                    }
                }
            }
        }
        assertTrue(hidden.isEmpty(), "at 360×640 the first answer should show without scrolling: " + hidden);

        browser.tap(browser.find("#text-size"));
        for (Module m : catalogue().modules()) {
            browser.open("learner/step.xhtml?module=" + m.id() + "&step=" + m.steps().get(1).id() + "&retry=true");
            browser.find("article.step");
            assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    m.id() + ": with bigger text, nothing runs off the side of the screen");
        }
        browser.tap(browser.find("#text-size"));
    }

    @Test
    void a_learner_still_learning_french_switches_a_step_of_the_first_course_to_english_and_back() {
        Module french = catalogue().module("ecran-tactile").orElseThrow();
        Module english = catalogue().in(java.util.Locale.ENGLISH).module("ecran-tactile").orElseThrow();
        QuizStep quiz = french.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .filter(q -> !q.multiple()).findFirst().orElseThrow();
        QuizStep quizEn = (QuizStep) english.step(quiz.id()).orElseThrow();
        browser = ScreenshotOnFailure.track(Browser.tablet()); // a learner of their own: the choice stays with the account
        browser.loginAsLearner("apprenant9", "9999");
        browser.open("learner/step.xhtml?module=" + french.id() + "&step=" + quiz.id() + "&retry=true");
        assertEquals(quiz.question(), browser.find("#question").getText());
        browser.clickAndWaitForPage(browser.find("#content-language"));
        assertEquals(quizEn.question(), browser.find("#question").getText(), "the step shows its English text");
        assertEquals("en", browser.find("article.step").getAttribute("lang"));
        browser.assertAccessible("step-in-english");
        Choice wrong = wrongChoice(quizEn.choices());
        browser.clickAndWaitForPage(browser.find("[data-choice='" + wrong.id() + "']"));
        assertTrue(browser.find("#feedback").getText().contains(wrong.feedback()), "the feedback is in English too");
        browser.open("learner/step.xhtml?module=" + french.id() + "&step=" + quiz.id() + "&retry=true");
        browser.clickAndWaitForPage(browser.find("#content-language"));
        assertEquals(quiz.question(), browser.find("#question").getText(), "and back to French");
        assertEquals("fr", browser.find("article.step").getAttribute("lang"));
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
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("window.__samePage = true;");
        for (int i = 0; i < target.size(); i++) {
            int at = shownOrder().indexOf(target.get(i));
            while (at > i) {
                browser.tap(browser.find("[data-up='" + target.get(i) + "']"));
                at--;
                assertEquals(Boolean.TRUE, js.executeScript("var r = document.activeElement.closest('.order-item')"
                        + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;"),
                        "the moved line keeps the focus and stays on screen");
            }
        }
        assertEquals(target, shownOrder());
        assertEquals(Boolean.TRUE, js.executeScript("return window.__samePage === true;"), "moves happen without loading a page");
        tapAndExpect("#answer\\:validate", true, "order");
    }

    @Test
    void a_typed_answer_is_checked_with_forgiveness_and_a_helpful_message() {
        TypingStep typing = open(TypingStep.class, t -> true);
        browser.find("#answer\\:typed").clear();
        browser.find("#answer\\:typed").sendKeys("zzz");
        tapAndExpect("#answer\\:validate", false, "typing");
        assertTrue(browser.find("#feedback").getText().contains(typing.check("zzz").message()),
                "a wrong answer shows the hint or message of the content");
        retry();
        assertEquals("zzz", browser.find("#answer\\:typed").getAttribute("value"), "trying again keeps the text typed");
        String accepted = typing.accepted().get(0);
        String typed = typing.ignore().contains(TypingStep.Ignore.CASE) ? accepted.toUpperCase(java.util.Locale.FRENCH) : accepted;
        browser.find("#answer\\:typed").clear();
        browser.find("#answer\\:typed").sendKeys("  " + typed + " ");
        tapAndExpect("#answer\\:validate", true, "typing");
    }

    @Test
    void a_final_check_opens_after_the_other_steps_and_is_passed_with_enough_right_answers() {
        Module module = catalogue().modules().stream().filter(m -> m.finalCheck().isPresent())
                .min(java.util.Comparator.comparingInt(m -> m.steps().size())).orElseThrow();
        CheckStep check = module.finalCheck().orElseThrow();
        browser.open("learner/step.xhtml?module=" + module.id() + "&step=" + check.id());
        assertEquals(module.firstStep().id(), browser.find("article.step").getAttribute("data-step"),
                "the final check's address leads to the first step to do while other steps are not answered");
        for (Step step : module.steps()) {
            if (step != check) {
                answerAnything(module, step);
            }
        }
        browser.open("learner/step.xhtml?module=" + module.id() + "&step=" + check.id());
        assertEquals(check.id(), browser.find("article.step").getAttribute("data-step"));
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

    /** Goes through a step as a hurried learner would: reads on, or gives any answer. */
    private void answerAnything(Module module, Step step) {
        browser.open("learner/step.xhtml?module=" + module.id() + "&step=" + step.id() + "&retry=true");
        if (step instanceof fr.pasapas.catalogue.domain.ExplanationStep) {
            browser.clickAndWaitForPage(browser.find("#next\\:go"));
        } else if (step instanceof QuizStep q && !q.multiple()) {
            browser.clickAndWaitForPage(browser.find("[data-choice]"));
        } else if (step instanceof QuizStep) {
            browser.tap(browser.find("[data-choice]"));
            browser.clickAndWaitForPage(browser.find("#answer\\:validate"));
        } else if (step instanceof HotspotStep) {
            browser.clickAndWaitForPage(browser.find(".hotspot-zone"));
        } else if (step instanceof TypingStep) {
            browser.find("#answer\\:typed").sendKeys("x");
            browser.clickAndWaitForPage(browser.find("#answer\\:validate"));
        } else {
            browser.clickAndWaitForPage(browser.find("#answer\\:validate"));
        }
    }

    private <T extends Step> T open(Class<T> type, Predicate<T> filter) {
        for (Module m : catalogue().modules()) {
            for (Step s : m.steps()) {
                if (type.isInstance(s) && filter.test(type.cast(s))) {
                    browser.open("learner/step.xhtml?module=" + m.id() + "&step=" + s.id() + "&retry=true");
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

    /** What the learner of this class may open: the learners' courses (a staff course answers 404 to a learner). */
    private static Catalogue catalogue() {
        return Deployments.catalogue().openTo(false);
    }
}
