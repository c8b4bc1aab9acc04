package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The "Assessment rules" every module of the real {@code content/} folder must satisfy: one final check, as the
 * last step; at least 3 questions of at least 3 choices; a pass mark that pure guessing reaches less than 5 % of
 * the time; no check question copied from a quiz of the same module. When a test fails, its message lists every
 * offending module ({@code course/module}, i.e. {@code content/course/module.module.yaml}) and what to fix.
 */
class AssessmentRulesTest {

    static final int MIN_QUESTIONS = 3;
    static final int MIN_CHOICES = 3;

    /** Guessing must pass a final check less often than 1 time in 20 (5 %). */
    static final int GUESS_PASS_ONE_IN = 20;

    private static Catalogue catalogue;

    @BeforeAll
    static void loadTheRealContent() {
        LoadResult result = new ContentLoader(new DirectoryContentSource(Samples.REAL_CONTENT)).load();
        if (!result.ok()) {
            fail("the content has errors, fix them first (see ContentFilesTest):\n" + result.report());
        }
        catalogue = result.catalogue();
    }

    @Test
    void every_module_ends_with_its_one_and_only_final_check() {
        assertNoProblems(AssessmentRulesTest::finalCheckPlacementProblems,
                "every module needs exactly 1 step of type: check (the final check), as its last step");
    }

    @Test
    void every_final_check_asks_at_least_3_questions_of_at_least_3_choices() {
        assertNoProblems(module -> checkOf(module).map(AssessmentRulesTest::sizeProblems).orElse(List.of()),
                "a final check needs at least " + MIN_QUESTIONS + " questions, each with at least " + MIN_CHOICES
                        + " choices (at most 5 and 5)");
    }

    @Test
    void pure_guessing_passes_every_final_check_less_than_5_percent_of_the_time() {
        assertNoProblems(module -> checkOf(module).map(AssessmentRulesTest::guessingProblems).orElse(List.of()),
                "pure guessing must pass a final check less than 5 % of the time");
    }

    @Test
    void no_final_check_question_copies_a_quiz_question_of_its_module() {
        assertNoProblems(AssessmentRulesTest::copiedQuestions,
                "a final check asks about the same skill in new words or a new situation, never a quiz's question");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The rules, one method each; each returns what a course author must fix, one line per problem.

    static List<String> finalCheckPlacementProblems(Module module) {
        List<Step> steps = module.steps();
        List<Integer> checkPositions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof CheckStep) {
                checkPositions.add(i + 1);
            }
        }
        if (checkPositions.isEmpty()) {
            return List.of("has no final check: add a step of type: check as its last step");
        }
        if (checkPositions.size() > 1) {
            return List.of("has " + checkPositions.size() + " check steps (steps " + checkPositions
                    + "): keep one final check, as the last step; turn the others into quizzes");
        }
        if (checkPositions.get(0) != steps.size()) {
            return List.of("its check '" + steps.get(checkPositions.get(0) - 1).id() + "' is step "
                    + checkPositions.get(0) + " of " + steps.size() + ": move it to the end");
        }
        return List.of();
    }

    static List<String> sizeProblems(CheckStep check) {
        List<String> problems = new ArrayList<>();
        if (check.questions().size() < MIN_QUESTIONS) {
            problems.add("check '" + check.id() + "' has " + check.questions().size() + " questions: ask at least "
                    + MIN_QUESTIONS + " (4 or 5 are best)");
        }
        for (CheckQuestion question : check.questions()) {
            if (question.choices().size() < MIN_CHOICES) {
                problems.add("check '" + check.id() + "', question '" + question.id() + "' has "
                        + question.choices().size() + " choices: give it at least " + MIN_CHOICES
                        + ", each wrong choice a mistake a beginner could really make");
            }
        }
        return problems;
    }

    static List<String> guessingProblems(CheckStep check) {
        List<Integer> choiceCounts = choiceCounts(check);
        if (GuessOdds.passesByChanceRarely(choiceCounts, check.passMark(), GUESS_PASS_ONE_IN)) {
            return List.of();
        }
        String advice = GuessOdds.lowestSafePassMark(choiceCounts, GUESS_PASS_ONE_IN)
                .map(mark -> "raise passMark to " + mark + (mark == choiceCounts.size() ? " (all right)" : "")
                        + ", or add questions or choices")
                .orElse("add questions or choices: even a passMark of " + choiceCounts.size() + " is too easy");
        return List.of(String.format(Locale.ROOT, "check '%s' (choices per question %s, passMark %d):"
                        + " guessing passes %.1f %% of the time: %s", check.id(), choiceCounts, check.passMark(),
                100 * GuessOdds.passProbability(choiceCounts, check.passMark()), advice));
    }

    static List<String> copiedQuestions(Module module) {
        Optional<CheckStep> check = checkOf(module);
        if (check.isEmpty()) {
            return List.of();
        }
        Set<String> quizQuestions = module.steps().stream()
                .filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .map(quiz -> normalizedQuestion(quiz.question()))
                .collect(Collectors.toSet());
        return check.get().questions().stream()
                .filter(question -> quizQuestions.contains(normalizedQuestion(question.question())))
                .map(question -> "check '" + check.get().id() + "', question '" + question.id() + "' repeats a quiz"
                        + " of the module (\"" + question.question() + "\"): ask about the same skill in new words"
                        + " or a new situation")
                .toList();
    }

    /**
     * The text of a question as compared for copies: NFC, lowercase, accents kept, French non-breaking spaces and
     * punctuation removed, runs of whitespace collapsed to 1 space.
     */
    static String normalizedQuestion(String question) {
        return Normalizer.normalize(question, Normalizer.Form.NFC)
                .toLowerCase(Locale.FRENCH)
                .replaceAll("[\\u00A0\\u202F\\u2007]", "")
                .replaceAll("\\p{P}", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The module's last check step, if any (its placement is a separate rule). */
    private static Optional<CheckStep> checkOf(Module module) {
        return module.finalCheck();
    }

    private static List<Integer> choiceCounts(CheckStep check) {
        return check.questions().stream().map(question -> question.choices().size()).toList();
    }

    private static String name(Module module) {
        return module.courseId() + "/" + module.id();
    }

    /** Applies a rule to every module, and fails with every problem found, module by module. */
    private static void assertNoProblems(Function<Module, List<String>> rule, String ruleText) {
        List<String> problems = new ArrayList<>();
        for (Module module : catalogue.modules()) {
            rule.apply(module).forEach(problem -> problems.add(name(module) + ": " + problem));
        }
        assertTrue(problems.isEmpty(), () -> "Assessment rule: " + ruleText + ". " + problems.size()
                + " problem(s), in content/<course>/<module>.module.yaml:\n  " + String.join("\n  ", problems));
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The exact odds that a learner who picks every answer at random passes a final check: question i, with k_i
     * choices, is right with probability 1/k_i. Counting works on whole numbers: of the k_1 × … × k_n equally likely
     * ways to answer, it counts those with at least {@code passMark} right answers.
     */
    static final class GuessOdds {

        private GuessOdds() {
        }

        /** P(at least passMark right answers) when every question is answered at random. */
        static double passProbability(List<Integer> choiceCounts, int passMark) {
            return (double) luckyWays(choiceCounts, passMark) / allWays(choiceCounts);
        }

        /** Whether guessing passes less often than 1 time in {@code oneIn}; exact, no rounding. */
        static boolean passesByChanceRarely(List<Integer> choiceCounts, int passMark, int oneIn) {
            return Math.multiplyExact(luckyWays(choiceCounts, passMark), (long) oneIn) < allWays(choiceCounts);
        }

        /** The lowest pass mark that guessing reaches less often than 1 time in {@code oneIn}, if there is one. */
        static Optional<Integer> lowestSafePassMark(List<Integer> choiceCounts, int oneIn) {
            for (int mark = 1; mark <= choiceCounts.size(); mark++) {
                if (passesByChanceRarely(choiceCounts, mark, oneIn)) {
                    return Optional.of(mark);
                }
            }
            return Optional.empty();
        }

        /** The number of ways to answer every question: k_1 × … × k_n. */
        static long allWays(List<Integer> choiceCounts) {
            long ways = 1;
            for (int choices : choiceCounts) {
                ways = Math.multiplyExact(ways, validated(choices));
            }
            return ways;
        }

        /** The number of ways to answer with at least passMark right answers (1 right choice per question). */
        static long luckyWays(List<Integer> choiceCounts, int passMark) {
            // waysWithRight[r] = ways to answer the questions seen so far with exactly r right answers
            long[] waysWithRight = new long[choiceCounts.size() + 1];
            waysWithRight[0] = 1;
            int seen = 0;
            for (int choices : choiceCounts) {
                long wrongChoices = validated(choices) - 1L;
                seen++;
                for (int right = seen; right >= 0; right--) {
                    long thisOneWrong = Math.multiplyExact(waysWithRight[right], wrongChoices);
                    long thisOneRight = right > 0 ? waysWithRight[right - 1] : 0;
                    waysWithRight[right] = Math.addExact(thisOneWrong, thisOneRight);
                }
            }
            long lucky = 0;
            for (int right = Math.max(passMark, 0); right <= choiceCounts.size(); right++) {
                lucky = Math.addExact(lucky, waysWithRight[right]);
            }
            return lucky;
        }

        private static int validated(int choices) {
            if (choices < 1) {
                throw new IllegalArgumentException("a question needs at least 1 choice, not " + choices);
            }
            return choices;
        }
    }

    @Nested
    class GuessOddsTest {

        private static final double EXACT = 1e-12;

        @Test
        void guessing_3_questions_of_3_choices_gets_all_3_right_once_in_27() {
            assertEquals(1.0 / 27, GuessOdds.passProbability(List.of(3, 3, 3), 3), EXACT);
        }

        @Test
        void guessing_4_questions_of_3_choices_gets_3_right_9_times_in_81() {
            assertEquals(9.0 / 81, GuessOdds.passProbability(List.of(3, 3, 3, 3), 3), EXACT);
            assertEquals(1.0 / 81, GuessOdds.passProbability(List.of(3, 3, 3, 3), 4), EXACT);
        }

        @Test
        void guessing_4_questions_of_4_choices_gets_3_right_a_little_more_than_5_percent_of_the_time() {
            assertEquals(13.0 / 256, GuessOdds.passProbability(List.of(4, 4, 4, 4), 3), EXACT);
            assertEquals(0.0508, GuessOdds.passProbability(List.of(4, 4, 4, 4), 3), 0.0001);
            assertFalse(GuessOdds.passesByChanceRarely(List.of(4, 4, 4, 4), 3, GUESS_PASS_ONE_IN));
            assertTrue(GuessOdds.passesByChanceRarely(List.of(4, 4, 4, 4), 4, GUESS_PASS_ONE_IN));
        }

        @Test
        void the_examples_of_the_assessment_rules_come_out_as_written() {
            assertEquals(11.0 / 243, GuessOdds.passProbability(List.of(3, 3, 3, 3, 3), 4), EXACT); // 4.5 %
            assertEquals(16.0 / 1024, GuessOdds.passProbability(List.of(4, 4, 4, 4, 4), 4), EXACT); // 1.6 %
            assertEquals(7.0 / 27, GuessOdds.passProbability(List.of(3, 3, 3), 2), EXACT);
        }

        @Test
        void questions_with_different_numbers_of_choices_are_counted_each_with_its_own_odds() {
            // right on neither: 1/2 × 2/3 = 1/3, so at least 1 right: 2/3; both right: 1/2 × 1/3 = 1/6
            assertEquals(2.0 / 3, GuessOdds.passProbability(List.of(2, 3), 1), EXACT);
            assertEquals(1.0 / 6, GuessOdds.passProbability(List.of(2, 3), 2), EXACT);
        }

        @Test
        void a_pass_mark_of_0_is_always_reached_and_one_above_the_number_of_questions_never() {
            assertEquals(1.0, GuessOdds.passProbability(List.of(3, 4, 5), 0), EXACT);
            assertEquals(0.0, GuessOdds.passProbability(List.of(3, 4, 5), 4), EXACT);
        }

        @Test
        void the_lowest_safe_pass_mark_is_the_smallest_one_under_5_percent() {
            assertEquals(Optional.of(3), GuessOdds.lowestSafePassMark(List.of(3, 3, 3), GUESS_PASS_ONE_IN));
            assertEquals(Optional.of(4), GuessOdds.lowestSafePassMark(List.of(3, 3, 3, 3), GUESS_PASS_ONE_IN));
            assertEquals(Optional.of(4), GuessOdds.lowestSafePassMark(List.of(3, 3, 3, 3, 3), GUESS_PASS_ONE_IN));
            assertEquals(Optional.empty(), GuessOdds.lowestSafePassMark(List.of(2, 2, 2, 2), GUESS_PASS_ONE_IN));
        }

        @Test
        void a_question_without_choices_is_refused() {
            assertThrows(IllegalArgumentException.class, () -> GuessOdds.passProbability(List.of(3, 0, 3), 1));
        }
    }

    @Nested
    class NormalizedQuestionTest {

        @Test
        void case_spaces_punctuation_and_non_breaking_spaces_do_not_make_a_new_question() {
            assertEquals(normalizedQuestion("Que faites-vous ?"),
                    normalizedQuestion("  que  faites-vous\u202F?"));
            assertEquals("où est lécran", normalizedQuestion("Où est l'écran\u00A0?"));
        }

        @Test
        void accents_are_kept() {
            assertNotEquals(normalizedQuestion("Où cliquer ?"), normalizedQuestion("Ou cliquer ?"));
        }
    }
}
