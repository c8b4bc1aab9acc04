package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final check of a module: a few single-choice questions, passed with at least {@code passMark} right answers.
 *
 * @param intro optional, may be null
 */
public record CheckStep(String id, String title, String intro, int passMark, List<CheckQuestion> questions,
                        String passFeedback, String failFeedback) implements QuestionStep {

    public CheckStep {
        questions = List.copyOf(questions);
    }

    public Optional<CheckQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** Scores the learner's answers (choice id by question id); a missing or unknown answer is wrong. */
    public CheckResult score(Map<String, String> answersByQuestionId) {
        Map<String, String> answers = answersByQuestionId == null ? Map.of() : answersByQuestionId;
        List<String> wrong = new ArrayList<>();
        for (CheckQuestion question : questions) {
            String answer = answers.get(question.id());
            if (answer == null || !question.isCorrect(answer)) {
                wrong.add(question.id());
            }
        }
        int right = questions.size() - wrong.size();
        return new CheckResult(right, questions.size(), right >= passMark, wrong);
    }

    /** Refused when it names a question this check does not have, or a choice its question does not have. */
    @Override
    public Optional<Verdict> judge(Answer answer) {
        if (!(answer instanceof Answer.CheckAnswers given) || !given.choiceByQuestion().entrySet().stream()
                .allMatch(e -> question(e.getKey()).flatMap(q -> q.choice(e.getValue())).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(verdict(given, score(given.choiceByQuestion()).passed()));
    }

    /**
     * The score, the pass or fail feedback, then each question to review with what the learner answered (never
     * the right answer).
     */
    @Override
    public Verdict verdict(Answer answer, boolean correct) {
        Map<String, String> given = ((Answer.CheckAnswers) answer).choiceByQuestion();
        CheckResult result = score(given);
        List<Text> messages = new ArrayList<>();
        messages.add(Text.content(correct ? passFeedback : failFeedback));
        for (String wrong : result.wrongQuestionIds()) {
            question(wrong).ifPresent(q -> messages.add(review(q, given.get(q.id()))));
        }
        return new Verdict(correct, Text.message("step.check.score", result.right(), result.total()), messages);
    }

    private static Text review(CheckQuestion question, String chosenId) {
        Optional<String> chosen = chosenId == null ? Optional.empty() : question.choice(chosenId).map(Choice::text);
        return chosen.map(text -> Text.message("step.check.toReviewGiven", question.question(), text))
                .orElseGet(() -> Text.message("step.check.toReview", question.question()));
    }

    /** The right choice of every question. */
    @Override
    public Answer rightAnswer() {
        Map<String, String> right = new LinkedHashMap<>();
        for (CheckQuestion q : questions) {
            right.put(q.id(), q.choices().stream().filter(Choice::correct).findFirst().orElseThrow().id());
        }
        return new Answer.CheckAnswers(right);
    }

    /** {@code question=choice} pairs in content order, e.g. {@code q1=a;q2=c}. */
    @Override
    public String encode(Answer answer) {
        Map<String, String> given = ((Answer.CheckAnswers) answer).choiceByQuestion();
        List<String> pairs = new ArrayList<>();
        for (CheckQuestion q : questions) {
            String choice = given.get(q.id());
            if (choice != null) {
                pairs.add(q.id() + "=" + choice);
            }
        }
        return Answer.clip(String.join(";", pairs));
    }

    @Override
    public Answer decode(String text) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String pair : (text == null ? "" : text).split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                given.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new Answer.CheckAnswers(given);
    }

    @Override
    public List<String> mediaPaths() {
        return List.of();
    }

    @Override
    public boolean waitsForTheOtherSteps() {
        return true;
    }

    /**
     * The questions, and each question's choices, in this learner's order for this attempt (the seed of a
     * question's choices also depends on its module and its id, so no two questions share an order).
     */
    public List<CheckQuestion> questionsFor(String moduleId, long seed, int attempt) {
        return Shuffle.forAttempt(questions, seed, attempt).stream()
                .map(q -> new CheckQuestion(q.id(), q.question(),
                        Shuffle.forAttempt(q.choices(), Shuffle.seed(seed, moduleId, q.id()), attempt)))
                .toList();
    }
}
