package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.learning.application.UnknownContentException;
import fr.pasapas.learning.domain.Choice;
import fr.pasapas.learning.domain.ExplanationStep;
import fr.pasapas.learning.domain.QuizStep;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.support.Messages;
import fr.pasapas.web.support.NotFound;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One step on one screen. {@code ?module=…&step=…} opens a step; without a step, the module resumes where
 * the learner stopped. The view keeps the submission token of the form it shows, so a double tap sends
 * the same token twice and counts once.
 */
@Named
@ViewScoped
public class StepBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProgressService progress;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private HelpService help;

    private String moduleId;
    private String stepId;
    private boolean retry;
    private StepScreen screen;
    private Instant openedAt;
    private boolean helpRequested;

    /** viewAction: loads the step, or answers 404 for an unknown module or step. */
    public String open() {
        try {
            long learnerId = currentUser.get().id();
            if (stepId == null || stepId.isBlank()) {
                stepId = progress.resumeStepId(learnerId, moduleId);
            }
            screen = retrying(() -> progress.openStep(learnerId, moduleId, stepId));
            openedAt = Instant.now();
            helpRequested = help.isOpen(learnerId, moduleId, stepId);
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

    /** "Je suis bloqué": records a help request for this step (once while it is open). */
    public void askForHelp() {
        help.requestHelp(currentUser.get().id(), moduleId, screen.step().id());
        helpRequested = true;
    }

    public boolean isHelpRequested() {
        return helpRequested;
    }

    private long secondsOnScreen() {
        return openedAt == null ? 0 : Duration.between(openedAt, Instant.now()).toSeconds();
    }

    public String answer(String choiceId) {
        long learnerId = currentUser.get().id();
        try {
            retrying(() -> progress.answer(learnerId, moduleId, screen.step().id(), choiceId, screen.submissionToken()));
            return stepUrl(screen.step().id());
        } catch (InvalidAnswerException e) {
            Messages.error("step.answer.invalid");
            return null;
        }
    }

    /** After a correct answer: on to the next step, or to the end of the module. */
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

    public boolean isExplanationStep() {
        return screen.step() instanceof ExplanationStep;
    }

    public ExplanationStep getExplanation() {
        return (ExplanationStep) screen.step();
    }

    public QuizStep getQuiz() {
        return (QuizStep) screen.step();
    }

    /** A question shows its feedback once answered, unless the learner asked to try again. */
    public boolean isShowingFeedback() {
        return !isExplanationStep() && screen.answered() && !retry;
    }

    public Choice getLastChoice() {
        return getQuiz().choice(screen.lastChoiceId()).orElse(null);
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

    public StepScreen getScreen() {
        return screen;
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
