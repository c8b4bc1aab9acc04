package fr.pasapas.web.learning;

import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckResult;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.TypingStep;
import java.text.MessageFormat;
import org.omnifaces.util.Faces;
import java.util.ArrayList;
import java.util.List;

/** The feedback of a step's last answer, rebuilt from the content and the stored answer. */
final class FeedbackBuilder {

    private FeedbackBuilder() {
    }

    static Feedback of(StepScreen screen) {
        Answer answer = screen.lastAnswer();
        boolean correct = Boolean.TRUE.equals(screen.lastAnswerCorrect());
        List<String> messages = new ArrayList<>();
        String yours;
        if (screen.step() instanceof QuizStep quiz && answer instanceof Answer.Choices c) {
            List<Choice> chosen = quiz.choices().stream().filter(ch -> c.ids().contains(ch.id())).toList();
            yours = String.join(" ; ", chosen.stream().map(Choice::text).toList());
            chosen.forEach(ch -> messages.add(ch.feedback()));
            if (!correct && quiz.multiple() && chosen.stream().allMatch(Choice::correct)) {
                messages.add(Faces.getBundleString("step.multiple.missing"));
            }
        } else if (screen.step() instanceof HotspotStep hotspot && answer instanceof Answer.Zone z) {
            var zone = hotspot.zone(z.zoneId());
            yours = zone.map(HotspotStep.Zone::label).orElse(Faces.getBundleString("step.hotspot.elsewhere"));
            messages.add(zone.map(HotspotStep.Zone::feedback).orElse(hotspot.missFeedback()));
        } else if (screen.step() instanceof OrderStep o && answer instanceof Answer.Order a) {
            List<String> texts = new ArrayList<>();
            for (String id : a.itemIds()) {
                o.items().stream().filter(i -> i.id().equals(id)).findFirst()
                        .ifPresent(i -> texts.add((texts.size() + 1) + ". " + i.text()));
            }
            yours = String.join(" ", texts);
            messages.add(correct ? o.rightFeedback() : o.wrongFeedback());
        } else if (screen.step() instanceof TypingStep t && answer instanceof Answer.Typed a) {
            yours = a.text();
            messages.add(t.check(a.text()).message());
        } else if (screen.step() instanceof CheckStep check && answer instanceof Answer.CheckAnswers a) {
            CheckResult result = check.score(a.choiceByQuestion());
            yours = MessageFormat.format(Faces.getBundleString("step.check.score"), result.right(), result.total());
            messages.add(result.passed() ? check.passFeedback() : check.failFeedback());
            for (String wrong : result.wrongQuestionIds()) {
                check.question(wrong).ifPresent(q -> messages.add(review(q, a.choiceByQuestion().get(q.id()))));
            }
        } else {
            yours = "";
        }
        return new Feedback(correct, yours, messages);
    }

    /** A missed question of a final check: the question and what the learner answered, never the right answer. */
    private static String review(CheckQuestion question, String chosenId) {
        String given = chosenId == null ? null : question.choice(chosenId).map(Choice::text).orElse(null);
        return given == null ? MessageFormat.format(Faces.getBundleString("step.check.toReview"), question.question())
                : MessageFormat.format(Faces.getBundleString("step.check.toReviewGiven"), question.question(), given);
    }
}
