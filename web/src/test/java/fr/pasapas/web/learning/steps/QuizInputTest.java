package fr.pasapas.web.learning.steps;

import static fr.pasapas.web.learning.steps.Fixtures.MULTIPLE;
import static fr.pasapas.web.learning.steps.Fixtures.QUIZ;
import static fr.pasapas.web.learning.steps.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.catalogue.domain.Answer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizInputTest {

    @Test
    void no_choice_ticked_asks_to_tick_one() {
        assertEquals(FormAnswer.refused("step.answer.tickOne"), input(MULTIPLE).read());
        assertEquals(FormAnswer.refused("step.answer.tickOne"), input(QUIZ).read());
    }

    @Test
    void a_choice_the_quiz_does_not_have_is_refused_as_forged() {
        assertEquals(FormAnswer.forged(), input(QUIZ, "choice", "z").read());
        assertEquals(FormAnswer.forged(), input(MULTIPLE, "choice", "a", "choice", "z").read());
    }

    @Test
    void a_choice_sent_twice_counts_once() {
        assertEquals(new Answer.Choices(Set.of("a")), input(QUIZ, "choice", "a", "choice", "a").read().answer());
    }

    @Test
    void the_choices_come_in_the_learners_order_for_this_attempt() {
        assertEquals(MULTIPLE.choicesFor(Fixtures.screen(MULTIPLE).seed(), Fixtures.screen(MULTIPLE).attempts()),
                ((QuizInput) input(MULTIPLE)).getChoices());
    }
}
