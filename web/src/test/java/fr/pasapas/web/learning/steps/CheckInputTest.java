package fr.pasapas.web.learning.steps;

import static fr.pasapas.web.learning.steps.Fixtures.CHECK;
import static fr.pasapas.web.learning.steps.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.pasapas.catalogue.domain.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckInputTest {

    @Test
    void a_question_left_unanswered_asks_to_answer_them_all() {
        assertEquals(FormAnswer.refused("step.check.answerAll"), input(CHECK, "q-q1", "a").read());
        assertEquals(FormAnswer.refused("step.check.answerAll"), input(CHECK, "q-q1", "a", "q-q2", "").read());
    }

    @Test
    void a_choice_its_question_does_not_have_is_refused_as_forged() {
        assertEquals(FormAnswer.forged(), input(CHECK, "q-q1", "a", "q-q2", "z").read());
    }

    @Test
    void a_question_the_check_does_not_have_is_ignored_and_a_question_sent_twice_keeps_the_first_choice() {
        assertEquals(new Answer.CheckAnswers(Map.of("q1", "b", "q2", "b")),
                input(CHECK, "q-q1", "b", "q-q1", "a", "q-q2", "b", "q-q9", "a").read().answer());
    }

    @Test
    void without_its_own_introduction_the_check_shows_the_interfaces() {
        assertFalse(((CheckInput) input(CHECK)).isOwnIntro());
    }
}
