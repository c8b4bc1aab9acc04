package fr.pasapas.web.learning.steps;

import static fr.pasapas.web.learning.steps.Fixtures.CHECK;
import static fr.pasapas.web.learning.steps.Fixtures.EXPLANATION;
import static fr.pasapas.web.learning.steps.Fixtures.HOTSPOT;
import static fr.pasapas.web.learning.steps.Fixtures.MULTIPLE;
import static fr.pasapas.web.learning.steps.Fixtures.ORDER;
import static fr.pasapas.web.learning.steps.Fixtures.QUIZ;
import static fr.pasapas.web.learning.steps.Fixtures.TYPING;
import static fr.pasapas.web.learning.steps.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each step type is shown by the view named after it, and its answer read by the class beside that view. */
class StepInputsTest {

    @Test
    void each_step_type_has_its_view() {
        assertEquals("explanation", input(EXPLANATION).view());
        assertEquals("quiz", input(QUIZ).view());
        assertEquals("multiple", input(MULTIPLE).view());
        assertEquals("hotspot", input(HOTSPOT).view());
        assertEquals("order", input(ORDER).view());
        assertEquals("typing", input(TYPING).view());
        assertEquals("check", input(CHECK).view());
    }

    @Test
    void each_step_type_reads_its_answer_with_its_own_input() {
        assertInstanceOf(QuizInput.class, input(QUIZ));
        assertInstanceOf(MultipleInput.class, input(MULTIPLE));
        assertInstanceOf(OrderInput.class, input(ORDER));
    }

    @Test
    void every_step_type_reads_a_right_answer_sent_by_its_form_as_the_step_expects_it() {
        assertEquals(QUIZ.rightAnswer(), input(QUIZ, "choice", "a").read().answer());
        assertEquals(MULTIPLE.rightAnswer(), input(MULTIPLE, "choice", "b", "choice", "a").read().answer());
        assertEquals(HOTSPOT.rightAnswer(), input(HOTSPOT, "zone", "envoyer").read().answer());
        assertEquals(ORDER.rightAnswer(), input(ORDER, "order", "e1,e2,e3").read().answer());
        assertEquals(TYPING.rightAnswer(), input(TYPING, "typed", "  oui ").read().answer());
        assertEquals(CHECK.rightAnswer(), input(CHECK, "q-q1", "a", "q-q2", "b").read().answer());
    }

    @Test
    void an_answer_form_sent_to_an_explanation_is_refused_as_not_ours() {
        assertEquals(FormAnswer.forged(), input(EXPLANATION, "choice", "a").read());
        assertEquals("audio/a.mp3", input(EXPLANATION).audio());
    }

    @Test
    void the_verdict_of_a_final_check_reads_as_passed_or_not_and_its_answer_as_a_result() {
        assertEquals("step.check.passed", input(CHECK).verdictKey(true));
        assertEquals("step.check.failed", input(CHECK).verdictKey(false));
        assertEquals("step.yourResult", input(CHECK).yourAnswerKey());
        assertEquals("step.wrong", input(QUIZ).verdictKey(false));
        assertEquals("step.yourAnswer", input(TYPING).yourAnswerKey());
    }

    @Test
    void only_an_order_step_has_moves() {
        assertEquals(Optional.empty(), input(QUIZ).move("move-up-a"));
        assertEquals(Optional.empty(), input(ORDER).move("next"));
    }
}
