package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizStepTest {

    private static final QuizStep MULTIPLE = new QuizStep("quiz-spam", "Faux message", "Quels signes ?", null,
            List.of(new Choice("urgence", "Urgence.", true, "Oui."), new Choice("fautes", "Fautes.", true, "Oui."),
                    new Choice("prenom", "Prénom.", false, "Non.")), true);

    private static final QuizStep SINGLE = new QuizStep("quiz", "Question", "Laquelle ?", null,
            List.of(new Choice("a", "A.", true, "Oui."), new Choice("b", "B.", false, "Non.")));

    @Test
    void a_multiple_choice_answer_is_right_only_with_exactly_the_correct_choices() {
        assertTrue(MULTIPLE.isCorrect(Set.of("urgence", "fautes")));
    }

    @Test
    void a_multiple_choice_answer_missing_a_correct_choice_is_wrong() {
        assertFalse(MULTIPLE.isCorrect(Set.of("urgence")));
    }

    @Test
    void a_multiple_choice_answer_with_one_choice_too_many_is_wrong() {
        assertFalse(MULTIPLE.isCorrect(Set.of("urgence", "fautes", "prenom")));
    }

    @Test
    void no_choice_or_an_unknown_choice_is_wrong() {
        assertFalse(MULTIPLE.isCorrect(Set.of()));
        assertFalse(MULTIPLE.isCorrect(null));
        assertFalse(MULTIPLE.isCorrect(Set.of("urgence", "fautes", "inconnu")));
    }

    @Test
    void a_single_choice_quiz_uses_the_same_rule_with_its_one_correct_choice() {
        assertFalse(SINGLE.multiple(), "the short constructor makes a single-choice quiz");
        assertTrue(SINGLE.isCorrect(Set.of("a")));
        assertFalse(SINGLE.isCorrect(Set.of("b")));
        assertFalse(SINGLE.isCorrect(Set.of("a", "b")));
    }

    @Test
    void the_correct_ids_keep_the_content_order() {
        assertEquals(List.of("urgence", "fautes"), List.copyOf(MULTIPLE.correctIds()));
        assertEquals("Oui.", MULTIPLE.choice("urgence").orElseThrow().feedback());
    }
}
