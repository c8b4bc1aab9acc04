package fr.pasapas.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

    @Test
    void a_single_choice_answer_is_judged_with_the_text_and_feedback_of_the_choice() {
        assertEquals(Optional.of(new Verdict(false, Text.content("B."), List.of(Text.content("Non.")))),
                SINGLE.judge(new Answer.Choices(Set.of("b"))));
        assertTrue(SINGLE.judge(new Answer.Choices(Set.of("a"))).orElseThrow().correct());
    }

    @Test
    void a_multiple_choice_answer_shows_every_chosen_choice_in_content_order_with_its_feedback() {
        Verdict verdict = MULTIPLE.judge(new Answer.Choices(Set.of("prenom", "urgence"))).orElseThrow();
        assertFalse(verdict.correct());
        assertEquals(Text.content("Urgence. ; Prénom."), verdict.answer());
        assertEquals(List.of(Text.content("Oui."), Text.content("Non.")), verdict.messages());
    }

    @Test
    void right_choices_with_one_missing_say_that_some_are_missing() {
        Verdict verdict = MULTIPLE.judge(new Answer.Choices(Set.of("urgence"))).orElseThrow();
        assertEquals(List.of(Text.content("Oui."), Text.message("step.multiple.missing")), verdict.messages());
    }

    @Test
    void an_unknown_choice_no_choice_two_choices_on_a_single_quiz_or_another_kind_of_answer_is_refused() {
        assertEquals(Optional.empty(), MULTIPLE.judge(new Answer.Choices(Set.of("urgence", "inconnu"))));
        assertEquals(Optional.empty(), MULTIPLE.judge(new Answer.Choices(Set.of())));
        assertEquals(Optional.empty(), SINGLE.judge(new Answer.Choices(Set.of("a", "b"))));
        assertEquals(Optional.empty(), SINGLE.judge(new Answer.Typed("a")));
    }

    @Test
    void the_right_answer_is_right_and_survives_its_stored_form() {
        assertTrue(MULTIPLE.judge(MULTIPLE.rightAnswer()).orElseThrow().correct());
        assertEquals("urgence,fautes", MULTIPLE.encode(new Answer.Choices(Set.of("fautes", "urgence"))));
        assertEquals(MULTIPLE.rightAnswer(), MULTIPLE.decode(MULTIPLE.encode(MULTIPLE.rightAnswer())));
        assertEquals(new Answer.Choices(Set.of()), MULTIPLE.decode(null));
    }

    @Test
    void the_stored_verdict_is_shown_even_when_the_content_would_now_judge_otherwise() {
        assertTrue(SINGLE.verdict(new Answer.Choices(Set.of("b")), true).correct());
    }

    @Test
    void a_quiz_shows_its_optional_image() {
        assertEquals(List.of(), SINGLE.mediaPaths());
        assertEquals(List.of("images/q.svg"), new QuizStep("q", "Q", "?", new Image("images/q.svg", "Q"),
                SINGLE.choices()).mediaPaths());
    }

    @Test
    void each_learner_and_attempt_gets_the_same_choices_in_an_order_of_its_own_that_replays_identically() {
        Set<List<String>> orders = new HashSet<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            List<Choice> shown = MULTIPLE.choicesFor(42L, attempt);
            assertEquals(new HashSet<>(MULTIPLE.choices()), new HashSet<>(shown), "the same choices");
            assertEquals(shown, MULTIPLE.choicesFor(42L, attempt), "a reload shows the same order");
            orders.add(shown.stream().map(Choice::id).toList());
        }
        assertTrue(orders.size() > 1, "the order changes from one attempt to the next");
    }
}
