package fr.pasapas.web.learning;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.AssignedWork;
import fr.pasapas.people.application.LearnerAssignment;
import fr.pasapas.people.domain.Agenda;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Mes modules": what the trainer assigned first, then the modules to resume, then every course with its
 * modules and percentages. A course is unfolded when the learner is working in it, or, for a new learner,
 * the first one. For staff the same page is "Me former": the courses written for staff come first, then the
 * learners' courses (to try what learners do); the service leaves staff courses out for learners.
 */
@Named
@RequestScoped
public class ModulesBean {

    @EJB
    private ProgressService progress;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AssignedWork assignedWork;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private CertificateService certificates;

    private List<ModuleSummary> modules;
    private Map<String, String> certificateCodes;
    private List<AssignedModule> assigned;
    private List<CourseGroup> courses;

    private List<ModuleSummary> modules() {
        if (modules == null) {
            modules = progress.summaries(currentUser.get().id());
        }
        return modules;
    }

    /** Module id to the code of the learner's certificate for it. */
    public Map<String, String> getCertificateCodes() {
        if (certificateCodes == null) {
            certificateCodes = certificates.codesOf(currentUser.get().id());
        }
        return certificateCodes;
    }

    /**
     * What staff asked of the learner (courses unfolded into their modules, a module asked twice once with its
     * earliest date): soonest due date first, those done after those left to do.
     */
    public List<AssignedModule> getAssigned() {
        if (assigned == null) {
            List<AssignedModule> found = new ArrayList<>();
            for (LearnerAssignment a : assignedWork.modules()) {
                modules().stream().filter(m -> m.module().id().equals(a.moduleId())).findFirst().ifPresent(m ->
                        found.add(new AssignedModule(m, a.dueDate(), a.dueDate() == null ? null : localeBean.longDate(a.dueDate()),
                                a.groupName())));
            }
            assigned = Agenda.doneLast(found, a -> a.summary().completed());
        }
        return assigned;
    }

    /** Started and not finished, and not already shown as assigned: the learner's own work in progress. */
    public List<ModuleSummary> getInProgress() {
        Set<String> shown = getAssigned().stream().map(a -> a.summary().module().id()).collect(Collectors.toSet());
        return modules().stream().filter(m -> m.started() && !m.completed() && !shown.contains(m.module().id())).toList();
    }

    public List<CourseGroup> getCourses() {
        if (courses == null) {
            courses = new ArrayList<>();
            boolean anyStarted = modules().stream().anyMatch(ModuleSummary::started);
            boolean staff = currentUser.isStaff();
            List<Course> shown = catalogue.catalogue().openTo(staff).courses().stream()
                    .sorted(Comparator.comparing((Course c) -> !(staff && c.audience().forStaff()))).toList();
            for (Course course : shown) {
                // Within a course: what is left to do first, in course order, and finished modules last.
                List<ModuleSummary> own = modules().stream().filter(m -> m.module().courseId().equals(course.id()))
                        .sorted(Comparator.comparing(ModuleSummary::completed)).toList();
                boolean working = own.stream().anyMatch(m -> m.started() && !m.completed());
                boolean open = working || (!anyStarted && courses.isEmpty());
                courses.add(new CourseGroup(course.id(), course.title(), course.description(), own, open));
            }
        }
        return courses;
    }
}
