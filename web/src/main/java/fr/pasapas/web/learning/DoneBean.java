package fr.pasapas.web.learning;

import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.support.NotFound;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The end of a module: congratulations and the certificate, or the steps still to do. */
@Named
@RequestScoped
public class DoneBean {

    @EJB
    private ProgressService progress;

    @Inject
    private CurrentUser currentUser;

    private String moduleId;
    private ModuleSummary summary;
    private String unfinishedStepId;

    public String load() {
        long learnerId = currentUser.get().id();
        summary = moduleId == null ? null : progress.summary(learnerId, moduleId).orElse(null);
        if (summary == null) {
            return NotFound.render();
        }
        if (!summary.completed()) {
            unfinishedStepId = progress.firstUnfinishedStepId(learnerId, moduleId);
        }
        return null;
    }

    public ModuleSummary getSummary() {
        return summary;
    }

    public String getUnfinishedStepId() {
        return unfinishedStepId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
