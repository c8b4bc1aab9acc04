package fr.pasapas.web.learning;

import fr.pasapas.learning.application.CatalogueService;
import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.domain.Course;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * "Mes modules": the modules to resume first, then every course with its modules and percentages. A
 * course is unfolded when the learner is working in it, or, for a new learner, the first one.
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

    private List<ModuleSummary> modules;
    private List<CourseGroup> courses;

    private List<ModuleSummary> modules() {
        if (modules == null) {
            modules = progress.summaries(currentUser.get().id());
        }
        return modules;
    }

    /** Started and not finished: the learner's work in progress. */
    public List<ModuleSummary> getInProgress() {
        return modules().stream().filter(m -> m.started() && !m.completed()).toList();
    }

    public List<CourseGroup> getCourses() {
        if (courses == null) {
            courses = new ArrayList<>();
            boolean anyStarted = modules().stream().anyMatch(ModuleSummary::started);
            for (Course course : catalogue.catalogue().courses()) {
                List<ModuleSummary> own = modules().stream().filter(m -> m.module().courseId().equals(course.id())).toList();
                boolean working = own.stream().anyMatch(m -> m.started() && !m.completed());
                boolean open = working || (!anyStarted && courses.isEmpty());
                courses.add(new CourseGroup(course.id(), course.title(), course.description(), own, open));
            }
        }
        return courses;
    }
}
