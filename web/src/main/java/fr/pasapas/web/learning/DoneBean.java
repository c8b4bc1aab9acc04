package fr.pasapas.web.learning;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.AssignedWork;
import fr.pasapas.people.application.LearnerAssignment;
import fr.pasapas.web.security.CurrentUser;
import org.omnifaces.util.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The end of a module: congratulations, the certificate and the next module to do (one the trainer
 * assigned first, else the next one of the same course, else the next unfinished one of the catalogue);
 * or the steps still to do.
 */
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
    private ModuleSummary next;

    @EJB
    private AssignedWork assignedWork;

    @EJB
    private CertificateService certificates;

    private String certificateCode;

    private String courseCertificateCode;

    public String load() {
        long learnerId = currentUser.get().id();
        List<ModuleSummary> all = progress.summaries(learnerId);
        summary = moduleId == null ? null : all.stream().filter(s -> s.module().id().equals(moduleId)).findFirst().orElse(null);
        if (summary == null) {
            Faces.responseSendError(404, "Not found");
            return null;
        }
        if (!summary.completed()) {
            unfinishedStepId = progress.firstUnfinishedStepId(learnerId, moduleId);
        } else {
            certificateCode = certificates.findFor(learnerId, moduleId).map(CertificateView::code).orElse(null);
            courseCertificateCode = certificates.courseCode(learnerId, summary.module().courseId()).orElse(null);
            next = nextModule(all, assignedWork.modules().stream().map(LearnerAssignment::moduleId).toList());
        }
        return null;
    }

    private ModuleSummary nextModule(List<ModuleSummary> all, List<String> assigned) {
        for (String id : assigned) {
            for (ModuleSummary s : all) {
                if (s.module().id().equals(id) && !s.completed() && !id.equals(moduleId)) {
                    return s;
                }
            }
        }
        int here = all.indexOf(summary);
        for (int i = 1; i < all.size(); i++) {
            ModuleSummary candidate = all.get((here + i) % all.size());
            if (!candidate.completed() && candidate.module().courseId().equals(summary.module().courseId())) {
                return candidate;
            }
        }
        return all.stream().filter(s -> !s.completed()).findFirst().orElse(null);
    }

    /** The module to do next, or null when every module is finished. */
    public ModuleSummary getNext() {
        return next;
    }

    public ModuleSummary getSummary() {
        return summary;
    }

    /** The code of the learner's certificate of this module's course, once the course's rule is met. */
    public String getCourseCertificateCode() {
        return courseCertificateCode;
    }

    /** The code of the certificate of this module, once completed. */
    public String getCertificateCode() {
        return certificateCode;
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
