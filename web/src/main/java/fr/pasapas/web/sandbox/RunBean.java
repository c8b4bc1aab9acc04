package fr.pasapas.web.sandbox;

import fr.pasapas.sandbox.application.RunRefusedException;
import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.application.SandboxCatalogue;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.security.LocaleBean;
import fr.pasapas.web.support.MessageKeys;
import fr.pasapas.web.support.OriginCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A run on one screen: {@code /practice/run.xhtml?run=ID}. A GET replays the run and draws it ({@link RunScreen});
 * a POST takes what one of its forms sent ({@link RunForm}), appends it once per form token, and redirects back
 * to the run (post-redirect-get), so a reload or a double tap changes nothing more. Another learner's run, or a
 * run that does not exist, is a 404 and changes nothing.
 */
@Named
@RequestScoped
public class RunBean {

    /** Where the redirect after an action lands: the practice status and the simulated browser. */
    static final String ANCHOR = "#practice";

    @EJB
    private SandboxService sandbox;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean locale;

    @EJB
    private SandboxCatalogue catalogue;

    private String runParam;
    private boolean loaded;
    private RunScreen screen;
    private String token;

    /** viewAction: draws the run (GET) or takes what its form sent (POST). */
    public String open() {
        Optional<Long> runId = parse(runParam);
        if (runId.isEmpty()) {
            Faces.responseSendError(404, "Not found");
            return null;
        }
        long learnerId = currentUser.get().id();
        try {
            if ("POST".equals(((HttpServletRequest) request().getRequest()).getMethod())) {
                return post(learnerId, runId.get());
            }
            screen = new RunScreen(sandbox.run(learnerId, runId.get()), locale.getLocale());
            loaded = true;
            return null;
        } catch (RunRefusedException e) {
            Faces.responseSendError(404, "Not found");
            return null;
        }
    }

    private String post(long learnerId, long runId) {
        ExternalContext ec = request();
        Map<String, String> params = ec.getRequestParameterMap();
        if (!OriginCheck.sameOrigin(ec.getRequestHeaderMap().get("Origin"), ec.getRequestHeaderMap())) {
            Messages.addFlashGlobalError("step.form.refused");
            return runUrl(runId);
        }
        String tool = params.getOrDefault("do", "");
        if ("again".equals(tool)) {
            RunView finished = sandbox.run(learnerId, runId);
            RunView again = sandbox.start(learnerId, finished.scenarioId(), finished.mode());
            return runUrl(again.runId());
        }
        List<Action> actions;
        if ("site".equals(tool)) {
            RunView shown = sandbox.run(learnerId, runId);
            actions = RunForm.siteActions(shown.page(), shown.state().values(), params);
        } else {
            actions = RunForm.toolAction(tool, params).map(List::of).orElse(List.of());
        }
        if (!actions.isEmpty()) {
            try {
                sandbox.submit(learnerId, runId, actions, params.get("token"));
            } catch (RunRefusedException e) {
                Messages.addFlashGlobalError("practice.refused");
            }
        }
        return runUrl(runId);
    }

    /** Redirects to the run, at the practice frame, keeping the step it was opened from; returns null. */
    static String runUrl(long runId) {
        return runUrl(runId, BackToStep.from(request().getRequestParameterMap()));
    }

    static String runUrl(long runId, Optional<BackToStep> back) {
        Faces.redirect(request().getRequestContextPath() + "/practice/run.xhtml?run=" + runId
                + back.map(BackToStep::query).orElse("") + ANCHOR);
        return null;
    }

    /** The module step this run was opened from, once the scenario is passed; null otherwise. */
    public String getBackToStepUrl() {
        return getScreen() != null && screen.isPassed()
                ? BackToStep.from(request().getRequestParameterMap())
                        .map(back -> request().getRequestContextPath() + back.stepPath()).orElse(null)
                : null;
    }

    /** A run id as an address carries it: digits only. */
    static Optional<Long> parse(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    /**
     * The run shown. Normally drawn by {@link #open()}; a JSF postback of the template's forms (language, logout)
     * rebuilds the page before any view action, so the run is then read from the posted {@code run} field.
     */
    public RunScreen getScreen() {
        if (screen == null && !loaded) {
            loaded = true;
            Optional<Long> runId = parse(runParam != null ? runParam : request().getRequestParameterMap().get("run"));
            if (runId.isPresent() && currentUser.isLoggedIn()) {
                try {
                    screen = new RunScreen(sandbox.run(currentUser.get().id(), runId.get()), locale.getLocale());
                } catch (RunRefusedException e) {
                    screen = null;
                }
            }
        }
        return screen;
    }

    /** Where the run's forms post: the run's own address. */
    public String getFormAction() {
        return request().getRequestContextPath() + "/practice/run.xhtml?run=" + getScreen().getRunId()
                + BackToStep.from(request().getRequestParameterMap()).map(BackToStep::query).orElse("");
    }

    /** The version in the address of the sites' stylesheet. */
    public String getLooksVersion() {
        return SiteLooks.version(catalogue.sandbox());
    }

    /** The label of a persona's data on their papers, e.g. "Numéro de sécurité sociale" for {@code nir}. */
    public String dataLabel(String key) {
        String bundleKey = "practice.data." + key;
        String label = MessageKeys.text(bundleKey);
        return bundleKey.equals(label) ? key : label;
    }

    /** A fresh token for the forms of this screen: the same form sent twice is taken once. */
    public String getToken() {
        if (token == null) {
            token = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        }
        return token;
    }

    public String getRun() {
        return runParam;
    }

    public void setRun(String run) {
        this.runParam = run;
    }

    private static ExternalContext request() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
