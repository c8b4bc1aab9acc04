package fr.pasapas.web.learning;

import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.learning.application.PracticeProgress;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** What a module's practice step shows: the scenario it opens, and whether the learner has passed it. */
@Named
@RequestScoped
public class PracticeStepBean {

    @EJB
    private PracticeProgress practices;

    @EJB
    private SandboxService sandbox;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean locale;

    private Boolean passed;

    public boolean passed(PracticeStep step) {
        if (passed == null) {
            passed = practices.passed(currentUser.get().id(), step);
        }
        return passed;
    }

    public String title(PracticeStep step) {
        return scenario(step).map(s -> s.title().in(locale.getLocale())).orElse("");
    }

    public String goal(PracticeStep step) {
        return scenario(step).map(s -> s.goal().in(locale.getLocale())).orElse("");
    }

    private Optional<Scenario> scenario(PracticeStep step) {
        return sandbox.scenario(step.scenario());
    }
}
