package fr.pasapas.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Text;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepAnswerTest {

    private static final QuizStep QUIZ = new QuizStep("quiz", "Question", "Laquelle ?", null,
            List.of(new Choice("a", "A.", true, "Oui."), new Choice("b", "B.", false, "Non.")));

    @Test
    void a_stored_answer_is_read_back_by_its_step() {
        StepAnswer stored = new StepAnswer(1, "m", "quiz", "token-1234", "b", false, Instant.EPOCH);
        assertEquals(new Answer.Choices(Set.of("b")), stored.answerTo(QUIZ));
        assertEquals(List.of(Text.content("Non.")), stored.verdictBy(QUIZ).messages());
    }

    @Test
    void the_verdict_shown_is_the_one_stored_even_when_the_content_now_judges_otherwise() {
        StepAnswer stored = new StepAnswer(1, "m", "quiz", "token-1234", "b", true, Instant.EPOCH);
        assertTrue(stored.verdictBy(QUIZ).correct());
    }
}
