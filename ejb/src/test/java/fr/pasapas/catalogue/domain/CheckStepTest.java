package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckStepTest {

    private static CheckQuestion question(String id, String correct) {
        return new CheckQuestion(id, "Question " + id + " ?", List.of(
                new Choice("a", "Réponse A.", "a".equals(correct), null),
                new Choice("b", "Réponse B.", "b".equals(correct), null)));
    }

    private static final CheckStep CHECK = new CheckStep("bilan", "Petit bilan", null, 2,
            List.of(question("q1", "a"), question("q2", "b"), question("q3", "a")), "Bravo.", "Revoyez le module.");

    @Test
    void all_answers_right_passes() {
        assertEquals(new CheckResult(3, 3, true, List.of()), CHECK.score(Map.of("q1", "a", "q2", "b", "q3", "a")));
    }

    @Test
    void exactly_the_pass_mark_passes_and_the_wrong_questions_are_listed() {
        assertEquals(new CheckResult(2, 3, true, List.of("q2")), CHECK.score(Map.of("q1", "a", "q2", "a", "q3", "a")));
    }

    @Test
    void one_below_the_pass_mark_fails() {
        assertEquals(new CheckResult(1, 3, false, List.of("q1", "q3")),
                CHECK.score(Map.of("q1", "b", "q2", "b", "q3", "b")));
    }

    @Test
    void unanswered_and_unknown_answers_count_as_wrong_in_content_order() {
        Map<String, String> answers = new HashMap<>();
        answers.put("q3", "z");
        answers.put("q2", null);
        answers.put("other", "a");
        assertEquals(new CheckResult(0, 3, false, List.of("q1", "q2", "q3")), CHECK.score(answers));
        assertEquals(new CheckResult(0, 3, false, List.of("q1", "q2", "q3")), CHECK.score(null));
    }

    @Test
    void a_check_step_is_a_question() {
        assertEquals(true, CHECK.isQuestion());
    }

    @Test
    void a_passed_check_shows_the_score_the_pass_feedback_and_the_question_to_review_with_the_answer_given() {
        Verdict verdict = CHECK.judge(new Answer.CheckAnswers(Map.of("q1", "a", "q2", "a", "q3", "a"))).orElseThrow();
        assertEquals(new Verdict(true, Text.message("step.check.score", 2, 3), List.of(Text.content("Bravo."),
                Text.message("step.check.toReviewGiven", "Question q2 ?", "Réponse A."))), verdict);
    }

    @Test
    void a_failed_check_shows_the_fail_feedback_and_an_unanswered_question_without_an_answer() {
        Verdict verdict = CHECK.judge(new Answer.CheckAnswers(Map.of("q1", "b", "q2", "b"))).orElseThrow();
        assertEquals(false, verdict.correct());
        assertEquals(List.of(Text.content("Revoyez le module."),
                Text.message("step.check.toReviewGiven", "Question q1 ?", "Réponse B."),
                Text.message("step.check.toReview", "Question q3 ?")), verdict.messages());
    }

    @Test
    void an_unknown_question_an_unknown_choice_or_another_kind_of_answer_is_refused() {
        assertEquals(Optional.empty(), CHECK.judge(new Answer.CheckAnswers(Map.of("q9", "a"))));
        assertEquals(Optional.empty(), CHECK.judge(new Answer.CheckAnswers(Map.of("q1", "z"))));
        assertEquals(Optional.empty(), CHECK.judge(new Answer.Choices(java.util.Set.of("a"))));
    }

    @Test
    void the_right_answer_passes_and_survives_its_stored_form_in_content_order() {
        assertEquals(true, CHECK.judge(CHECK.rightAnswer()).orElseThrow().correct());
        assertEquals("q1=a;q2=b;q3=a", CHECK.encode(CHECK.rightAnswer()));
        assertEquals(CHECK.rightAnswer(), CHECK.decode("q1=a;q2=b;q3=a"));
        assertEquals(List.of(), CHECK.mediaPaths());
    }
}
