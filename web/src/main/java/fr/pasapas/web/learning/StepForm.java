package fr.pasapas.web.learning;

import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import fr.pasapas.learning.application.PracticeProgress;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.web.learning.steps.FormAnswer;
import fr.pasapas.web.learning.steps.StepInput;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.support.OriginCheck;
import org.omnifaces.util.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What a step's form sent: {@code do} says what the learner tapped (next, continue, answer, move, help), the
 * other fields carry the answer, read by the step's {@link StepInput}. Answers are sent by id, never by
 * position, so the shuffled order of a screen never changes what an answer means. A form from another site
 * (its Origin) changes nothing.
 */
@RequestScoped
public class StepForm {

    /** A tablet left open on a step for hours still counts at most this (see StepProgress). */
    private static final long MAX_SHOWN_AGE_MS = 24L * 3600 * 1000;

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @EJB
    private PracticeProgress practices;

    @Inject
    private CurrentUser currentUser;

    /** Handles the form; returns the outcome to redirect to, or null to show the step again with a message. */
    String handle(StepScreen screen, StepInput input, boolean retry) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (!OriginCheck.sameOrigin(ec.getRequestHeaderMap().get("Origin"), ec.getRequestHeaderMap())) {
            Messages.addGlobalError("step.form.refused");
            return null;
        }
        long learnerId = currentUser.get().id();
        String moduleId = screen.module().id();
        String stepId = screen.step().id();
        String action = param("do", "");
        switch (action) {
            case "next" -> {
                if (screen.step().isQuestion()) {
                    return stepUrl(moduleId, stepId);
                }
                if (screen.step() instanceof PracticeStep practice) {
                    try {
                        return afterDone(screen, practices.complete(learnerId, moduleId, stepId, practice.scenario()));
                    } catch (InvalidAnswerException e) {
                        Messages.addFlashGlobalInfo("practice.step.notYet");
                        return stepUrl(moduleId, stepId);
                    }
                }
                return afterDone(screen, progress.completeExplanation(learnerId, moduleId, stepId, secondsOnScreen()));
            }
            case "continue" -> {
                return afterDone(screen, false);
            }
            case "answer" -> {
                FormAnswer answer = input.read();
                if (answer.isRefused()) {
                    Messages.addGlobalError(answer.problem());
                    return null;
                }
                progress.answer(learnerId, moduleId, stepId, answer.answer(), param("token", ""), secondsOnScreen());
                return stepUrl(moduleId, stepId);
            }
            case "help" -> {
                help.requestHelp(learnerId, moduleId, stepId, param("message", null));
                redirect(stepAddress(moduleId, stepId) + (retry ? "&retry=true" : "") + "#help");
                return null;
            }
            default -> {
                Optional<String> moved = input.move(action);
                if (moved.isEmpty()) {
                    return stepUrl(moduleId, stepId);
                }
                redirect(stepAddress(moduleId, stepId) + moved.get());
                return null;
            }
        }
    }

    private static String afterDone(StepScreen screen, boolean moduleCompleted) {
        if (screen.isLast() || moduleCompleted) {
            return "/learner/done.xhtml?faces-redirect=true&module=" + screen.module().id();
        }
        return stepUrl(screen.module().id(), screen.nextStepId());
    }

    static String stepUrl(String moduleId, String stepId) {
        return "/learner/step.xhtml?faces-redirect=true&module=" + moduleId + "&step=" + stepId;
    }

    static String stepAddress(String moduleId, String stepId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learner/step.xhtml?module=" + moduleId + "&step=" + stepId;
    }

    private long secondsOnScreen() {
        try {
            long age = System.currentTimeMillis() - Long.parseLong(param("shown", "0"));
            return age < 0 || age > MAX_SHOWN_AGE_MS ? 0 : age / 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void redirect(String url) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String param(String name, String fallback) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? fallback : value;
    }
}
