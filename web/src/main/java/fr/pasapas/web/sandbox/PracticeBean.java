package fr.pasapas.web.sandbox;

import fr.pasapas.people.application.AssignedWork;
import fr.pasapas.people.application.ScenarioAssignment;
import fr.pasapas.people.domain.Agenda;
import fr.pasapas.sandbox.application.RunRefusedException;
import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.application.SandboxCatalogue;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.security.LocaleBean;
import fr.pasapas.web.support.OriginCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * The practice sites and their scenarios ({@code /practice/}), each to start in one of the three modes. Starting
 * is a POST that resumes the learner's unfinished run of that scenario in that mode, or begins one, then
 * redirects to it; an unknown scenario or mode changes nothing.
 */
@Named
@RequestScoped
public class PracticeBean {

    @EJB
    private SandboxCatalogue catalogue;

    @EJB
    private SandboxService sandbox;

    @EJB
    private AssignedWork assignedWork;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean locale;

    /** A site and the scenarios that start on it. */
    public record SiteGroup(String id, String name, String domain, List<ScenarioCard> scenarios) {
    }

    public record ScenarioCard(String id, String title, String goal) {
    }

    /**
     * A scenario staff asked the learner to play in a mode.
     *
     * @param via the workshop it came through, or null when it was asked of the learner alone
     */
    public record AssignedScenario(String id, String title, String goal, String mode, String dueText, String via,
                                   boolean done) {
    }

    private List<AssignedScenario> assigned;

    /**
     * What staff asked the learner to practise, soonest due date first, those passed in that mode after the
     * others; a scenario the content no longer has is left out.
     */
    public List<AssignedScenario> getAssigned() {
        if (assigned == null) {
            long learnerId = currentUser.get().id();
            Locale shown = locale.getLocale();
            List<AssignedScenario> found = new ArrayList<>();
            for (ScenarioAssignment a : assignedWork.scenarios()) {
                Optional<Mode> mode = mode(a.mode());
                catalogue.scenario(a.scenarioId()).filter(s -> mode.isPresent()).ifPresent(s -> found.add(new AssignedScenario(
                        s.id(), s.title().in(shown), s.goal().in(shown), a.mode(),
                        a.dueDate() == null ? null : locale.longDate(a.dueDate()), a.groupName(),
                        sandbox.passedModes(learnerId, s.id()).contains(mode.get()))));
            }
            assigned = Agenda.doneLast(found, AssignedScenario::done);
        }
        return assigned;
    }

    /** viewAction: a POST starts (or resumes) a run and goes to it. */
    public String open() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (!"POST".equals(((HttpServletRequest) ec.getRequest()).getMethod())) {
            return null;
        }
        if (!OriginCheck.sameOrigin(ec.getRequestHeaderMap().get("Origin"), ec.getRequestHeaderMap())) {
            Messages.addGlobalError("step.form.refused");
            return null;
        }
        Map<String, String> params = ec.getRequestParameterMap();
        Optional<Mode> mode = mode(params.get("mode"));
        try {
            if (mode.isEmpty()) {
                throw new RunRefusedException("No such mode");
            }
            RunView run = sandbox.start(currentUser.get().id(), params.get("scenario"), mode.get());
            return RunBean.runUrl(run.runId());
        } catch (RunRefusedException e) {
            Messages.addGlobalError("practice.refused");
            return null;
        }
    }

    private static Optional<Mode> mode(String value) {
        for (Mode mode : Mode.values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /**
     * The sites in the order of the content ({@code sandbox/sandbox.yaml}), each with the scenarios listed under
     * it, in that order; a site without any is not shown.
     */
    public List<SiteGroup> getSites() {
        Sandbox content = catalogue.sandbox();
        Locale shown = locale.getLocale();
        List<SiteGroup> groups = new ArrayList<>();
        for (Site site : content.sites().values()) {
            List<ScenarioCard> cards = content.listedUnder(site.id()).stream()
                    .map(scenario -> new ScenarioCard(scenario.id(), scenario.title().in(shown), scenario.goal().in(shown)))
                    .toList();
            if (!cards.isEmpty()) {
                groups.add(new SiteGroup(site.id(), site.name(), site.domain(), cards));
            }
        }
        return groups;
    }

    /** The modes, in the order offered: guided first. */
    public List<String> getModes() {
        return List.of("guided", "hints", "alone");
    }
}
