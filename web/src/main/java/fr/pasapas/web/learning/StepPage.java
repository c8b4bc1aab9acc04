package fr.pasapas.web.learning;

import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.web.learning.steps.StepInput;
import fr.pasapas.web.support.MessageKeys;

/** What the step page shows around the step: its addresses, its button labels and the feedback of the last answer. */
public final class StepPage {

    private final StepScreen screen;
    private final StepInput input;
    private final boolean retry;
    private final String contextPath;
    private Feedback feedback;

    StepPage(StepScreen screen, StepInput input, boolean retry, String contextPath) {
        this.screen = screen;
        this.input = input;
        this.retry = retry;
        this.contextPath = contextPath;
    }

    /** The address every form of the page posts to: this step, so that a form never depends on a saved view. */
    public String getFormAction() {
        return contextPath + "/learner/" + stepQuery(screen.step().id()) + (retry ? "&retry=true" : "");
    }

    public String getRetryUrl() {
        return stepQuery(screen.step().id()) + "&retry=true";
    }

    public String getPreviousUrl() {
        return screen.isFirst() ? null : stepQuery(screen.previousStepId());
    }

    /** The address of a media file of the step's course (a path relative to the course folder). */
    public String mediaUrl(String path) {
        return contextPath + "/media/" + screen.module().courseId() + "/" + path;
    }

    /** The recorded audio the step plays, or null. */
    public String getAudioUrl() {
        return input.audio() == null ? null : mediaUrl(input.audio());
    }

    /** The button that leaves an explanation. */
    public String getNextLabel() {
        return MessageKeys.text(screen.isLast() ? "step.finish" : "step.next");
    }

    /** The button that goes on after a right answer. */
    public String getContinueLabel() {
        return MessageKeys.text(screen.isLast() ? "step.finish" : "step.continue");
    }

    /** The feedback of the last answer, as stored with it; null when the step has not been answered. */
    public Feedback getFeedback() {
        if (feedback == null && screen.lastVerdict() != null) {
            feedback = Feedback.of(screen.lastVerdict(), input, MessageKeys::text);
        }
        return feedback;
    }

    /** Server time when the page was made: the next form sent tells how long the learner spent on it. */
    public long getShownAt() {
        return System.currentTimeMillis();
    }

    private String stepQuery(String stepId) {
        return "step.xhtml?module=" + screen.module().id() + "&step=" + stepId;
    }
}
