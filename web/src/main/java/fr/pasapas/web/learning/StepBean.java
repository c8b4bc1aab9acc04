package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpAnswer;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepNotOpenException;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.catalogue.application.UnknownContentException;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.TypingStep;
import fr.pasapas.web.security.CurrentUser;
import org.omnifaces.util.Messages;
import org.omnifaces.util.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One step on one screen: {@code ?module=…&step=…} shows a step; without a step, the module resumes where
 * the learner stopped. The page is stateless: its forms are plain HTML forms that post back to the same
 * address with everything they need (the step, a submission token, the answer), so no view state can
 * expire or be evicted, a reload shows the same screen, and a second tab works like the first. The view
 * action handles both: a GET records that the step was seen, a POST goes to {@link StepForm} and then
 * redirects (post-redirect-get), so a double tap or a resent form counts once.
 */
@Named
@RequestScoped
public class StepBean {

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepForm form;

    @EJB
    private fr.pasapas.catalogue.application.CatalogueService catalogue;

    @Inject
    private fr.pasapas.web.support.LocaleBean localeBean;

    private String language;
    private String moduleId;
    private String stepId;
    private boolean retry;
    private StepScreen screen;
    private boolean loaded;
    private Feedback feedback;
    private Boolean helpRequested;
    private HelpAnswer helpAnswer;

    /** viewAction: shows the step (GET) or takes what its form sent (POST); 404 for an unknown module or step. */
    public String open() {
        try {
            long learnerId = currentUser.get().id();
            if (stepId == null || stepId.isBlank()) {
                stepId = progress.resumeStepId(learnerId, moduleId);
            }
            if ("POST".equals(((jakarta.servlet.http.HttpServletRequest) request().getRequest()).getMethod())) {
                screen = localized(progress.screen(learnerId, moduleId, stepId));
                loaded = true;
                return form.handle(screen, retry);
            }
            if ("en".equals(language) || "fr".equals(language)) {
                localeBean.switchTo(language);
            }
            screen = localized(progress.openStep(learnerId, moduleId, stepId));
            loaded = true;
            return null;
        } catch (UnknownContentException e) {
            Faces.responseSendError(404, "Not found");
            return null;
        } catch (StepNotOpenException e) {
            Messages.addFlashGlobalInfo("step.check.locked");
            return StepForm.stepUrl(moduleId, e.stepToDo());
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
        Map<String, String> params = request().getRequestParameterMap();
        moduleId = params.get("module");
        stepId = params.get("step");
        retry = "true".equals(params.get("retry"));
        if (moduleId == null || !currentUser.isLoggedIn()) {
            return null;
        }
        return open();
    }

    /**
     * The step shown. Normally loaded by {@link #open()}; a JSF postback of the page's other forms (language,
     * logout) rebuilds the page before any view action, so it is then read from the request, without
     * recording anything.
     */
    public StepScreen getScreen() {
        if (!loaded) {
            loaded = true;
            Map<String, String> params = request().getRequestParameterMap();
            String module = params.get("module");
            String step = params.get("step");
            if (module != null && step != null && currentUser.isLoggedIn()) {
                try {
                    moduleId = module;
                    stepId = step;
                    screen = localized(progress.screen(currentUser.get().id(), module, step));
                } catch (UnknownContentException e) {
                    screen = null;
                }
            }
        }
        return screen;
    }

    /**
     * The screen in the interface language: a module translated into English shows its English texts to a
     * learner who chose English (same ids, answers and order); any other module stays in French.
     */
    private StepScreen localized(StepScreen french) {
        if (!"en".equals(localeBean.getLanguage())) {
            return french;
        }
        return catalogue.module(french.module().id(), Locale.ENGLISH).filter(Module::translated)
                .map(french::in).orElse(french);
    }

    /** The language of the step's texts: "en" for a translated module in English, else "fr". */
    public String getContentLanguage() {
        return getScreen() != null && screen.module().translated() && "en".equals(localeBean.getLanguage()) ? "en" : "fr";
    }

    /** Whether this step can be read in the other language (the module is translated). */
    public boolean isOtherLanguageAvailable() {
        return getScreen() != null && catalogue.module(moduleId, Locale.ENGLISH).map(Module::translated).orElse(false);
    }

    public String getOtherLanguageUrl() {
        return "step.xhtml?module=" + moduleId + "&step=" + screen.step().id() + (retry ? "&retry=true" : "")
                + "&lang=" + localeBean.getOtherLanguage();
    }

    public Feedback getFeedback() {
        if (feedback == null) {
            feedback = FeedbackBuilder.of(getScreen());
        }
        return feedback;
    }

    /** The step type, which names its view under WEB-INF/steps/ ("explanation" while nothing is shown). */
    public String getType() {
        StepScreen s = getScreen();
        if (s == null || s.step() instanceof ExplanationStep) {
            return "explanation";
        }
        if (s.step() instanceof QuizStep q) {
            return q.multiple() ? "multiple" : "quiz";
        } else if (s.step() instanceof HotspotStep) {
            return "hotspot";
        } else if (s.step() instanceof fr.pasapas.catalogue.domain.OrderStep) {
            return "order";
        } else if (s.step() instanceof TypingStep) {
            return "typing";
        }
        return "check";
    }

    public boolean isExplanationStep() {
        return getScreen() != null && screen.step() instanceof ExplanationStep;
    }

    /** A question shows its feedback once answered, unless the learner asked to try again. */
    public boolean isShowingFeedback() {
        return getScreen() != null && !isExplanationStep() && screen.answered() && !retry;
    }

    /** The address every form of the page posts to: this step, so that a form never depends on a saved view. */
    public String getFormAction() {
        return StepForm.stepAddress(moduleId, screen.step().id()) + (retry ? "&retry=true" : "");
    }

    /** The order an order step shows: the one the learner is building (no script), else this attempt's start. */
    public List<OrderItem> getOrder() {
        return form.currentOrder(screen);
    }

    public String getOrderIds() {
        return String.join(",", getOrder().stream().map(OrderItem::id).toList());
    }

    /** What the learner typed: kept after a refused answer and on "try again". */
    public String getTyped() {
        String posted = request().getRequestParameterMap().get("typed");
        if (posted != null) {
            return posted;
        }
        return screen.lastAnswer() instanceof Answer.Typed t ? t.text() : "";
    }

    public List<CheckQuestion> getQuestions() {
        return screen.questions();
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

    public fr.pasapas.catalogue.domain.OrderStep getOrderStep() {
        return (fr.pasapas.catalogue.domain.OrderStep) screen.step();
    }

    public TypingStep getTyping() {
        return (TypingStep) screen.step();
    }

    public fr.pasapas.catalogue.domain.CheckStep getCheck() {
        return (fr.pasapas.catalogue.domain.CheckStep) screen.step();
    }

    /** Inline position of a hotspot zone, in percent of the picture. */
    public String zoneStyle(HotspotStep.Zone zone) {
        return String.format(Locale.ROOT, "left:%.2f%%;top:%.2f%%;width:%.2f%%;height:%.2f%%",
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

    /** The trainer's last answer about this step, or null. */
    public HelpAnswer getHelpAnswer() {
        if (helpAnswer == null && getScreen() != null) {
            helpAnswer = help.answerOn(currentUser.get().id(), moduleId, screen.step().id()).orElse(null);
        }
        return helpAnswer;
    }

    public boolean isHelpRequested() {
        if (helpRequested == null) {
            helpRequested = getScreen() != null && help.isOpen(currentUser.get().id(), moduleId, screen.step().id());
        }
        return helpRequested;
    }

    /** How "Écouter" should say a text when it differs from what is written (numbers, amounts, dates); else null. */
    public String say(String text) {
        if ("en".equals(getContentLanguage())) {
            return null;
        }
        String spoken = SpeechText.of(text);
        return spoken.equals(text) ? null : spoken;
    }

    /** Server time when the page was made: the next form sent tells how long the learner spent on it. */
    public long getShownAt() {
        return System.currentTimeMillis();
    }

    private static ExternalContext request() {
        return FacesContext.getCurrentInstance().getExternalContext();
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isRetry() {
        return retry;
    }

    public void setRetry(boolean retry) {
        this.retry = retry;
    }
}
