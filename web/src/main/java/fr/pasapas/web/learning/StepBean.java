package fr.pasapas.web.learning;

import fr.pasapas.catalogue.application.UnknownContentException;
import fr.pasapas.learning.application.InvalidAnswerException;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepNotOpenException;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.web.learning.steps.FormFields;
import fr.pasapas.web.learning.steps.StepInput;
import fr.pasapas.web.learning.steps.StepInputs;
import fr.pasapas.web.security.CurrentUser;
import org.omnifaces.util.Messages;
import org.omnifaces.util.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One step on one screen: {@code ?module=…&step=…} ({@link StepAddress}) shows a step; without a step, the
 * module resumes where the learner stopped. The page is stateless: its forms are plain HTML forms that post
 * back to the same address with everything they need (the step, a submission token, the answer), so no view
 * state can expire or be evicted, a reload shows the same screen, and a second tab works like the first. The
 * view action handles both: a GET records that the step was seen, a POST goes to {@link StepForm} and then
 * redirects (post-redirect-get), so a double tap or a resent form counts once. The step type's view shows the
 * step with its {@link StepInput}; {@link StepPage} gives the page its addresses, labels and feedback.
 */
@Named
@RequestScoped
public class StepBean {

    @EJB
    private ProgressService progress;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepForm form;

    @Inject
    private StepLanguage language;

    @Inject
    private StepAddress address;

    private StepScreen screen;
    private boolean loaded;
    private StepInput input;
    private StepPage page;

    /** viewAction: shows the step (GET) or takes what its form sent (POST); 404 for an unknown module or step. */
    public String open() {
        try {
            long learnerId = currentUser.get().id();
            String moduleId = address.getModuleId();
            if (address.getStepId() == null || address.getStepId().isBlank()) {
                address.setStepId(progress.resumeStepId(learnerId, moduleId));
            }
            if ("POST".equals(((HttpServletRequest) request().getRequest()).getMethod())) {
                show(progress.screen(learnerId, moduleId, address.getStepId()));
                return form.handle(screen, getInput(), address.isRetry());
            }
            language.switchTo(address.getLanguage());
            show(progress.openStep(learnerId, moduleId, address.getStepId()));
            return null;
        } catch (UnknownContentException e) {
            Faces.responseSendError(404, "Not found");
            return null;
        } catch (StepNotOpenException e) {
            Messages.addFlashGlobalInfo("step.check.locked");
            return StepForm.stepUrl(address.getModuleId(), e.stepToDo());
        } catch (InvalidAnswerException e) {
            Messages.addGlobalError("help".equals(request().getRequestParameterMap().get("do")) ? "help.tooLong" : "step.answer.invalid");
            return null;
        }
    }

    /**
     * A step form that came with a view state that cannot be restored (garbage, or a stale one): the form
     * does not need it, so it is taken as sent. Returns the outcome to redirect to, or null.
     */
    public String takeFormAfterExpiredView() {
        return address.readFrom(request().getRequestParameterMap()) && currentUser.isLoggedIn() ? open() : null;
    }

    /**
     * The step shown. Normally loaded by {@link #open()}; a JSF postback of the page's other forms (language,
     * logout) rebuilds the page before any view action, so it is then read from the request, without
     * recording anything.
     */
    public StepScreen getScreen() {
        if (!loaded) {
            loaded = true;
            try {
                if (address.readFrom(request().getRequestParameterMap()) && address.getStepId() != null
                        && currentUser.isLoggedIn()) {
                    show(progress.screen(currentUser.get().id(), address.getModuleId(), address.getStepId()));
                }
            } catch (UnknownContentException e) {
                screen = null;
            }
        }
        return screen;
    }

    private void show(StepScreen shown) {
        screen = language.localized(shown);
        loaded = true;
        input = null;
        page = null;
    }

    /** What the step type's view reads and shows (its form fields, shuffled choices, order being built). */
    public StepInput getInput() {
        if (input == null && getScreen() != null) {
            input = StepInputs.of(screen, new FormFields(request().getRequestParameterValuesMap()));
        }
        return input;
    }

    /** The step's view under WEB-INF/steps/ ("explanation" while nothing is shown). */
    public String getType() {
        return getScreen() == null ? "explanation" : getInput().view();
    }

    /** A question shows its feedback once answered, unless the learner asked to try again. */
    public boolean isShowingFeedback() {
        return getScreen() != null && screen.step().isQuestion() && screen.answered() && !address.isRetry();
    }

    /** The page's addresses, labels and feedback. */
    public StepPage getPage() {
        if (page == null && getScreen() != null) {
            page = new StepPage(screen, getInput(), address.isRetry(), request().getRequestContextPath());
        }
        return page;
    }

    private static ExternalContext request() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
