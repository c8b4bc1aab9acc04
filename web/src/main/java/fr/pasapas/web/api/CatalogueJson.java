package fr.pasapas.web.api;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The body of GET /api/catalogue, written by the server's JSON-B: the published courses with their modules,
 * step counts, durations and DigComp competences.
 */
@JsonbPropertyOrder({"framework", "courses"})
public record CatalogueJson(String framework, List<CourseJson> courses) {

    /** The competence framework the modules' competences refer to. */
    static final String FRAMEWORK = "DigComp 2.2";

    static CatalogueJson of(Catalogue catalogue) {
        return new CatalogueJson(FRAMEWORK, catalogue.courses().stream().map(CourseJson::of).toList());
    }

    /** A course; its duration is the sum of its modules'. */
    @JsonbPropertyOrder({"id", "title", "description", "estimatedMinutes", "modules"})
    public record CourseJson(String id, String title, String description, int estimatedMinutes,
                             List<ModuleJson> modules) {

        static CourseJson of(Course course) {
            return new CourseJson(course.id(), course.title(), course.description(),
                    course.modules().stream().mapToInt(Module::estimatedMinutes).sum(),
                    course.modules().stream().map(ModuleJson::of).toList());
        }
    }

    /** A module; {@code steps} is how many steps it has. */
    @JsonbPropertyOrder({"id", "version", "title", "summary", "estimatedMinutes", "steps", "competences"})
    public record ModuleJson(String id, int version, String title, String summary, int estimatedMinutes, int steps,
                             List<String> competences) {

        static ModuleJson of(Module module) {
            return new ModuleJson(module.id(), module.version(), module.title(), module.summary(),
                    module.estimatedMinutes(), module.steps().size(), module.competences());
        }
    }
}
