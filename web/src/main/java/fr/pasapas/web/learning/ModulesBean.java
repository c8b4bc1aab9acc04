package fr.pasapas.web.learning;

import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Mes modules": every module with the learner's progress and where to resume. */
@Named
@RequestScoped
public class ModulesBean {

    @EJB
    private ProgressService progress;

    @Inject
    private CurrentUser currentUser;

    private List<ModuleSummary> modules;

    public List<ModuleSummary> getModules() {
        if (modules == null) {
            modules = progress.summaries(currentUser.get().id());
        }
        return modules;
    }
}
