package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final check of a module: a few single-choice questions, passed with at least {@code passMark} right answers.
 *
 * @param intro optional, may be null
 */
public record CheckStep(String id, String title, String intro, int passMark, List<CheckQuestion> questions,
                        String passFeedback, String failFeedback) implements Step {

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
}
