package fr.pasapas.web.learning;

import fr.pasapas.learning.application.ModuleSummary;
import java.util.List;

/** A course on "Mes modules": its modules with the learner's progress, and the course's own percentage. */
public record CourseGroup(String id, String title, String description, List<ModuleSummary> modules, boolean open) {

    /** Steps done over steps of the course; a completed module counts as fully done. */
    public int percent() {
        int done = 0;
        int total = 0;
        for (ModuleSummary m : modules) {
            total += m.standing().totalSteps();
            done += m.completed() ? m.standing().totalSteps() : m.standing().doneSteps();
        }
        return total == 0 ? 0 : done * 100 / total;
    }

    public long completedModules() {
        return modules.stream().filter(ModuleSummary::completed).count();
    }
}
