package fr.pasapas.web.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.Completion;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.Text;
import fr.pasapas.catalogue.domain.Verdict;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.web.learning.steps.FormFields;
import fr.pasapas.web.learning.steps.StepInputs;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feedback shown is the stored verdict, worded: the page never judges an answer again. */
class FeedbackTest {

    /** Words a key as "key[args]", so that a test sees which sentence was asked for. */
    private static final Feedback.Wording WORDING = (key, args) -> key + (args.length == 0 ? "" : Arrays.toString(args));

    private static final QuizStep QUIZ = new QuizStep("quiz", "Question", "Laquelle ?", null,
            List.of(new Choice("a", "A.", true, "Oui."), new Choice("b", "B.", false, "Non.")));
    private static final CheckStep CHECK = new CheckStep("bilan", "Bilan", null, 1, List.of(
            new CheckQuestion("q1", "Question 1 ?", List.of(new Choice("a", "A.", true, null), new Choice("b", "B.", false, null)))),
            "Réussi.", "Revoyez.");
    private static final Module MODULE = new Module("m", "c", 1, "Module", "Résumé", 10, List.of("5.2"),
            List.of(QUIZ, CHECK), Completion.ALL_STEPS);

    private static Feedback feedback(Step step, Verdict verdict) {
        StepScreen screen = new StepScreen(MODULE, step, MODULE.indexOf(step.id()), StepStatus.FAILED, 1, 42L, null,
                verdict, "token-1234");
        return Feedback.of(verdict, StepInputs.of(screen, new FormFields(Map.of())), WORDING);
    }

    @Test
    void a_wrong_answer_shows_the_wrong_heading_the_answer_read_back_and_the_contents_feedback() {
        assertEquals(new Feedback(false, "step.wrong", "step.yourAnswer[B.]", List.of("Non.")),
                feedback(QUIZ, QUIZ.judge(new Answer.Choices(Set.of("b"))).orElseThrow()));
    }

    @Test
    void the_stored_verdict_wins_over_what_the_content_would_say_now() {
        Feedback shown = feedback(QUIZ, QUIZ.verdict(new Answer.Choices(Set.of("b")), true));
        assertEquals("step.correct", shown.verdict());
        assertEquals("right", shown.tone());
    }

    @Test
    void a_final_check_shows_passed_or_not_its_score_and_the_questions_to_review_in_the_interface_words() {
        Feedback shown = feedback(CHECK, CHECK.judge(new Answer.CheckAnswers(Map.of("q1", "b"))).orElseThrow());
        assertEquals(new Feedback(false, "step.check.failed", "step.yourResult[step.check.score[0, 1]]",
                List.of("Revoyez.", "step.check.toReviewGiven[Question 1 ?, B.]")), shown);
        assertEquals("wrong", shown.tone());
    }

    @Test
    void a_message_of_the_interface_is_worded_with_its_arguments() {
        Verdict verdict = new Verdict(false, Text.content("x"), List.of(Text.message("step.multiple.missing")));
        assertEquals(List.of("step.multiple.missing"), feedback(QUIZ, verdict).messages());
    }
}
