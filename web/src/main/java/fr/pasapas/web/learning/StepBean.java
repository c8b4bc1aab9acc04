package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.learning.application.UnknownContentException;
import fr.pasapas.learning.domain.Answer;
import fr.pasapas.learning.domain.CheckQuestion;
import fr.pasapas.learning.domain.CheckResult;
import fr.pasapas.learning.domain.CheckStep;
import fr.pasapas.learning.domain.Choice;
import fr.pasapas.learning.domain.ExplanationStep;
import fr.pasapas.learning.domain.HotspotStep;
import fr.pasapas.learning.domain.OrderItem;
import fr.pasapas.learning.domain.OrderStep;
import fr.pasapas.learning.domain.QuizStep;
import fr.pasapas.learning.domain.TypingStep;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.support.Messages;
import fr.pasapas.web.support.NotFound;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One step on one screen. {@code ?module=…&step=…} opens a step; without a step, the module resumes where
 * the learner stopped. The view keeps the submission token of the form it shows, so a double tap sends
 * the same token twice and counts once. Every step type answers through the same service call.
 */
@Named
@ViewScoped
public class StepBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @Inject
    private CurrentUser currentUser;

    private String moduleId;
    private String stepId;
    private boolean retry;
    private StepScreen screen;
    private Instant openedAt;
    private boolean helpRequested;
    /** The order the learner is building, for an order step. */
    private List<OrderItem> order;
    /** The text typed, for a typing step. */
    private String typed;
    /** The feedback of the last answer, built once per view (the page reads it several times). */
    private Feedback feedback;

    /** viewAction: loads the step, or answers 404 for an unknown module or step. */
    public String open() {
        try {
            long learnerId = currentUser.get().id();
            if (stepId == null || stepId.isBlank()) {
                stepId = progress.resumeStepId(learnerId, moduleId);
            }
            screen = retrying(() -> progress.openStep(learnerId, moduleId, stepId));
            feedback = null;
            openedAt = Instant.now();
            helpRequested = help.isOpen(learnerId, moduleId, stepId);
            if (screen.step() instanceof OrderStep o) {
                order = new ArrayList<>(o.shuffled(learnerId * 31 + o.id().hashCode()));
            }
            return null;
        } catch (UnknownContentException e) {
            return NotFound.render();
        }
    }

    public String next() {
        long learnerId = currentUser.get().id();
        boolean completed = retrying(() -> progress.completeExplanation(learnerId, moduleId, screen.step().id(),
                secondsOnScreen()));
        return afterDone(completed);
    }

    /** A single-choice quiz answers with one tap on a choice. */
    public String answer(String choiceId) {
        return submit(new Answer.Choices(choiceId == null ? java.util.Set.of() : java.util.Set.of(choiceId)));
    }

    /** A multiple-choice quiz: the ticked boxes (request parameter "choice"). */
    public String answerChoices() {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().getOrDefault("choice", new String[0]);
        if (ticked.length == 0) {
            Messages.error("step.answer.tickOne");
            return null;
        }
        return submit(new Answer.Choices(new LinkedHashSet<>(Arrays.asList(ticked))));
    }

    /** A hotspot: the zone touched, or "" when the tap hit no zone. */
    public String answerZone(String zoneId) {
        return submit(new Answer.Zone(zoneId));
    }

    public void moveUp(int index) {
        if (index > 0 && index < order.size()) {
            order.add(index - 1, order.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < order.size() - 1) {
            order.add(index + 1, order.remove(index));
        }
    }

    public String answerOrder() {
        return submit(new Answer.Order(order.stream().map(OrderItem::id).toList()));
    }

    public String answerTyped() {
        if (typed == null || typed.isBlank()) {
            Messages.error("step.answer.typeSomething");
            return null;
        }
        return submit(new Answer.Typed(typed.strip()));
    }

    /** A final check: one radio group per question (request parameters "q-<question id>"). */
    public String answerCheck() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<String, String> choices = new LinkedHashMap<>();
        for (CheckQuestion q : getCheck().questions()) {
            String choice = params.get("q-" + q.id());
            if (choice == null || choice.isBlank()) {
                Messages.error("step.check.answerAll");
                return null;
            }
            choices.put(q.id(), choice);
        }
        return submit(new Answer.CheckAnswers(choices));
    }

    private String submit(Answer answer) {
        long learnerId = currentUser.get().id();
        try {
            retrying(() -> progress.answer(learnerId, moduleId, screen.step().id(), answer, screen.submissionToken(),
                    secondsOnScreen()));
            return stepUrl(screen.step().id());
        } catch (InvalidAnswerException e) {
            Messages.error("step.answer.invalid");
            return null;
        }
    }

    /** "Je suis bloqué": records a help request for this step (once while it is open). */
    public void askForHelp() {
        help.requestHelp(currentUser.get().id(), moduleId, screen.step().id());
        helpRequested = true;
    }

    /** After a right answer: on to the next step, or to the end of the module. */
    public String continueAfterAnswer() {
        return afterDone(false);
    }

    private String afterDone(boolean moduleCompleted) {
        if (screen.isLast() || moduleCompleted) {
            return "/learner/done.xhtml?faces-redirect=true&module=" + moduleId;
        }
        return stepUrl(screen.nextStepId());
    }

    private String stepUrl(String step) {
        return "/learner/step.xhtml?faces-redirect=true&module=" + moduleId + "&step=" + step;
    }

    private long secondsOnScreen() {
        return openedAt == null ? 0 : Duration.between(openedAt, Instant.now()).toSeconds();
    }

    /**
     * Two taps at once may race on the same rows; the loser's transaction rolls back and a second call
     * finds what the winner saved.
     */
    private static <T> T retrying(Supplier<T> call) {
        try {
            return call.get();
        } catch (EJBException e) {
            return call.get();
        }
    }

    /** The feedback of the last answer, rebuilt from the content and the stored answer. */
    public Feedback getFeedback() {
        if (feedback == null) {
            feedback = buildFeedback();
        }
        return feedback;
    }

    private Feedback buildFeedback() {
        Answer answer = screen.lastAnswer();
        boolean correct = Boolean.TRUE.equals(screen.lastAnswerCorrect());
        List<String> messages = new ArrayList<>();
        String yours;
        if (screen.step() instanceof QuizStep quiz && answer instanceof Answer.Choices c) {
            List<Choice> chosen = quiz.choices().stream().filter(ch -> c.ids().contains(ch.id())).toList();
            yours = String.join(" ; ", chosen.stream().map(Choice::text).toList());
            chosen.forEach(ch -> messages.add(ch.feedback()));
            if (!correct && quiz.multiple() && chosen.stream().allMatch(Choice::correct)) {
                messages.add(Messages.text("step.multiple.missing"));
            }
        } else if (screen.step() instanceof HotspotStep hotspot && answer instanceof Answer.Zone z) {
            var zone = hotspot.zone(z.zoneId());
            yours = zone.map(HotspotStep.Zone::label).orElse(Messages.text("step.hotspot.elsewhere"));
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
            yours = Messages.text("step.check.score", result.right(), result.total());
            messages.add(result.passed() ? check.passFeedback() : check.failFeedback());
            for (String wrong : result.wrongQuestionIds()) {
                check.question(wrong).ifPresent(q -> messages.add(Messages.text("step.check.toReview", q.question())));
            }
        } else {
            yours = "";
        }
        return new Feedback(correct, yours, messages);
    }

    public String getType() {
        return switchType(screen.step());
    }

    private static String switchType(Object step) {
        if (step instanceof ExplanationStep) {
            return "explanation";
        } else if (step instanceof QuizStep q) {
            return q.multiple() ? "multiple" : "quiz";
        } else if (step instanceof HotspotStep) {
            return "hotspot";
        } else if (step instanceof OrderStep) {
            return "order";
        } else if (step instanceof TypingStep) {
            return "typing";
        }
        return "check";
    }

    public boolean isExplanationStep() {
        return screen.step() instanceof ExplanationStep;
    }

    /** A question shows its feedback once answered, unless the learner asked to try again. */
    public boolean isShowingFeedback() {
        return !isExplanationStep() && screen.answered() && !retry;
    }

    public ExplanationStep getExplanation() {
        return (ExplanationStep) screen.step();
    }

    public QuizStep getQuiz() {
        return (QuizStep) screen.step();
    }

    public HotspotStep getHotspot() {
        return (HotspotStep) screen.step();
    }

    public OrderStep getOrderStep() {
        return (OrderStep) screen.step();
    }

    public TypingStep getTyping() {
        return (TypingStep) screen.step();
    }

    public CheckStep getCheck() {
        return (CheckStep) screen.step();
    }

    public List<OrderItem> getOrder() {
        return order;
    }

    /** Inline position of a hotspot zone, in percent of the picture. */
    public String zoneStyle(HotspotStep.Zone zone) {
        return String.format(java.util.Locale.ROOT, "left:%.2f%%;top:%.2f%%;width:%.2f%%;height:%.2f%%",
                zone.x(), zone.y(), zone.width(), zone.height());
    }

    public String getRetryUrl() {
        return "step.xhtml?module=" + moduleId + "&step=" + screen.step().id() + "&retry=true";
    }

    public String getPreviousUrl() {
        return screen.isFirst() ? null : "step.xhtml?module=" + moduleId + "&step=" + screen.previousStepId();
    }

    public String imageUrl(String path) {
        return "/media/" + screen.module().courseId() + "/" + path;
    }

    public boolean isHelpRequested() {
        return helpRequested;
    }

    public StepScreen getScreen() {
        return screen;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getStepId() {
        return stepId;
    }

    public void setStepId(String stepId) {
        this.stepId = stepId;
    }

    public boolean isRetry() {
        return retry;
    }

    public void setRetry(boolean retry) {
        this.retry = retry;
    }
}
