package fr.pasapas.web.learning.steps;

import static fr.pasapas.web.learning.steps.Fixtures.TYPING;
import static fr.pasapas.web.learning.steps.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.learning.domain.StepStatus;
import org.junit.jupiter.api.Test;

class TypingInputTest {

    @Test
    void nothing_typed_or_a_missing_field_asks_to_type_something() {
        assertEquals(FormAnswer.refused("step.answer.typeSomething"), input(TYPING, "typed", "   ").read());
        assertEquals(FormAnswer.refused("step.answer.typeSomething"), input(TYPING).read());
    }

    @Test
    void blanks_around_the_text_are_removed_and_a_field_sent_twice_keeps_the_first() {
        assertEquals(new Answer.Typed("Oui"), input(TYPING, "typed", " Oui ", "typed", "non").read().answer());
    }

    @Test
    void the_field_shows_the_text_just_sent_else_the_last_answer() {
        assertEquals("ou", ((TypingInput) input(TYPING, "typed", "ou")).getTyped());
        StepScreen answered = new StepScreen(Fixtures.screen(TYPING).module(), TYPING, 5, StepStatus.FAILED, 1, 42L,
                new Answer.Typed("non"), null, "token-1234");
        assertEquals("non", ((TypingInput) StepInputs.of(answered, Fixtures.fields())).getTyped());
        assertEquals("", ((TypingInput) input(TYPING)).getTyped());
    }
}
