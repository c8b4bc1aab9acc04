package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.pasapas.catalogue.domain.TypingStep.Ignore.ACCENTS;
import static fr.pasapas.catalogue.domain.TypingStep.Ignore.CASE;
import static fr.pasapas.catalogue.domain.TypingStep.Ignore.SPACES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypingStepTest {

    private static final String RIGHT = "Bravo, l'adresse est juste.";
    private static final String WRONG = "Ce n'est pas encore la bonne adresse.";
    private static final String NO_AT = "Il manque l'arobase @.";
    private static final String SPACE = "Une adresse e-mail n'a jamais d'espace.";

    private static TypingStep step(Set<TypingStep.Ignore> ignore, List<TypingHint> hints, String... accepted) {
        return new TypingStep("taper", "Taper", "Écrivez.", "Réponse", List.of(accepted), ignore, hints, RIGHT,
                WRONG, null);
    }

    private static TypingStep address(Set<TypingStep.Ignore> ignore) {
        return step(ignore, List.of(new TypingHint(TypingHint.Kind.MISSING, "@", NO_AT),
                new TypingHint(TypingHint.Kind.CONTAINS, " ", SPACE)), "marie.dupont@exemple.fr");
    }

    @Test
    void the_exact_answer_is_right_and_shows_the_right_feedback() {
        assertEquals(new TypingResult(true, RIGHT), address(Set.of()).check("marie.dupont@exemple.fr"));
    }

    @Test
    void blanks_around_the_answer_are_always_forgiven() {
        assertTrue(address(Set.of()).check("  marie.dupont@exemple.fr \n").correct());
    }

    @Test
    void nothing_typed_is_wrong_with_the_wrong_feedback() {
        assertEquals(new TypingResult(false, WRONG), address(Set.of(CASE)).check(null));
        assertEquals(new TypingResult(false, WRONG), address(Set.of(CASE)).check("   "));
    }

    @Test
    void case_is_forgiven_only_when_listed() {
        assertTrue(address(Set.of(CASE)).check("Marie.Dupont@Exemple.FR").correct());
        assertFalse(address(Set.of()).check("Marie.Dupont@exemple.fr").correct());
    }

    @Test
    void spaces_anywhere_are_forgiven_only_when_listed() {
        TypingStep phone = step(Set.of(SPACES), List.of(), "0612345678");
        assertTrue(phone.check("06 12 34 56 78").correct());
        assertTrue(phone.check("06\t12 3456 78").correct());
        assertFalse(step(Set.of(), List.of(), "0612345678").check("06 12 34 56 78").correct());
    }

    @Test
    void spaces_inside_count_when_not_forgiven() {
        TypingStep town = step(Set.of(CASE), List.of(), "Saint Étienne");
        assertFalse(town.check("Saint  Étienne").correct());
        assertTrue(town.check(" saint étienne ").correct());
    }

    @Test
    void accents_and_cedillas_are_forgiven_only_when_listed() {
        TypingStep town = step(Set.of(ACCENTS), List.of(), "Orléans");
        assertTrue(town.check("Orleans").correct());
        assertTrue(step(Set.of(ACCENTS), List.of(), "ça").check("ca").correct());
        assertTrue(step(Set.of(ACCENTS), List.of(), "Orleans").check("Orléans").correct(), "both ways");
        assertFalse(step(Set.of(CASE), List.of(), "Orléans").check("Orleans").correct());
    }

    @Test
    void an_accent_typed_as_a_separate_mark_equals_the_composed_letter_even_without_forgiving_accents() {
        String decomposed = "Orle\u0301ans";
        assertTrue(step(Set.of(), List.of(), "Orléans").check(decomposed).correct());
    }

    @Test
    void case_and_accents_together_forgive_a_capital_without_its_accent() {
        TypingStep step = step(EnumSet.of(CASE, ACCENTS), List.of(), "État");
        assertTrue(step.check("etat").correct());
        assertTrue(step.check("ETAT").correct());
    }

    @Test
    void any_of_the_accepted_answers_is_right() {
        TypingStep step = step(Set.of(CASE), List.of(), "e-mail", "courriel", "mail");
        assertTrue(step.check("Courriel").correct());
        assertFalse(step.check("lettre").correct());
    }

    @Test
    void a_wrong_answer_shows_the_message_of_the_first_hint_that_matches() {
        TypingStep step = address(Set.of(CASE));
        assertEquals(new TypingResult(false, NO_AT), step.check("marie dupont exemple.fr"),
                "both hints match: the first one wins");
        assertEquals(new TypingResult(false, SPACE), step.check("marie dupont@exemple.fr"));
    }

    @Test
    void a_wrong_answer_that_no_hint_matches_shows_the_wrong_feedback() {
        assertEquals(new TypingResult(false, WRONG), address(Set.of(CASE)).check("marie@exemple.com"));
    }

    @Test
    void hints_are_not_shown_on_a_right_answer() {
        assertEquals(new TypingResult(true, RIGHT), address(Set.of(CASE, SPACES)).check("marie.dupont @exemple.fr"),
                "the space is forgiven, so the space hint is not used");
    }

    @Test
    void hints_forgive_case_and_accents_like_the_step_but_still_see_spaces() {
        TypingStep step = step(EnumSet.of(CASE, ACCENTS, SPACES),
                List.of(new TypingHint(TypingHint.Kind.CONTAINS, "rue", "Écrivez seulement la ville.")), "Orléans");
        assertEquals(new TypingResult(false, "Écrivez seulement la ville."), step.check("12 RUÉ de Paris"));
    }

    @Test
    void ignore_defaults_to_case_when_the_content_lists_none() {
        assertEquals(Set.of(CASE), TypingStep.DEFAULT_IGNORE);
    }

    @Test
    void a_typed_answer_is_judged_with_what_was_typed_and_the_message_of_the_check() {
        TypingStep step = address(Set.of(CASE));
        assertEquals(Optional.of(new Verdict(false, Text.content("marie dupont exemple.fr"), List.of(Text.content(NO_AT)))),
                step.judge(new Answer.Typed("marie dupont exemple.fr")));
        assertEquals(List.of(Text.content(RIGHT)), step.judge(step.rightAnswer()).orElseThrow().messages());
    }

    @Test
    void a_text_too_long_to_be_stored_or_another_kind_of_answer_is_refused() {
        assertEquals(Optional.empty(), address(Set.of()).judge(new Answer.Typed("a".repeat(Answer.MAX_TEXT + 1))));
        assertEquals(Optional.empty(), address(Set.of()).judge(new Answer.Choices(Set.of("a"))));
    }

    @Test
    void a_stored_right_verdict_shows_the_right_feedback_and_a_wrong_one_the_hint() {
        TypingStep step = address(Set.of());
        assertEquals(List.of(Text.content(RIGHT)), step.verdict(new Answer.Typed("x"), true).messages());
        assertEquals(List.of(Text.content(SPACE)), step.verdict(new Answer.Typed("a b@c"), false).messages());
        assertEquals(new Answer.Typed("a b"), step.decode(step.encode(new Answer.Typed("a b"))));
    }
}
