package fr.pasapas.web.api;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.Persona;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.domain.Site;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The body of GET /api/catalogue, written by the server's JSON-B: the published courses with their modules,
 * step counts, durations and DigComp competences; then the practice sandbox: its sites and its scenarios, in
 * the order learners see them ({@code content/sandbox/sandbox.yaml}), texts in French.
 */
@JsonbPropertyOrder({"framework", "courses", "sites", "scenarios"})
public record CatalogueJson(String framework, List<CourseJson> courses, List<SiteJson> sites,
                            List<ScenarioJson> scenarios) {

    /** The competence framework the modules' competences refer to. */
    static final String FRAMEWORK = "DigComp 2.2";

    /** The modes every scenario can be played in, guided first (the names of {@link Mode}, in lower case). */
    static final List<String> MODES = Arrays.stream(Mode.values()).map(mode -> mode.name().toLowerCase(Locale.ROOT))
            .toList();

    static CatalogueJson of(Catalogue catalogue, Sandbox sandbox) {
        return new CatalogueJson(FRAMEWORK, catalogue.courses().stream().map(CourseJson::of).toList(),
                sandbox == null ? List.of() : sandbox.sites().values().stream().map(SiteJson::of).toList(),
                sandbox == null ? List.of() : sandbox.scenarios().values().stream()
                        .map(scenario -> ScenarioJson.of(scenario, sandbox)).toList());
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

    /** A practice site (a replica): its name (text, never a logo) and the domain its address bar shows. */
    @JsonbPropertyOrder({"id", "name", "domain"})
    public record SiteJson(String id, String name, String domain) {

        static SiteJson of(Site site) {
            return new SiteJson(site.id(), site.name(), site.domain());
        }
    }

    /**
     * A practice scenario: its sites (browser tabs, the first opens first), the name of the persona the learner
     * plays, the modes it can be played in, and {@code steps}: how many actions its expected path has.
     */
    @JsonbPropertyOrder({"id", "title", "goal", "sites", "persona", "modes", "steps"})
    public record ScenarioJson(String id, String title, String goal, List<String> sites, String persona,
                               List<String> modes, int steps) {

        static ScenarioJson of(Scenario scenario, Sandbox sandbox) {
            return new ScenarioJson(scenario.id(), scenario.title().fr(), scenario.goal().fr(), scenario.sites(),
                    sandbox.persona(scenario.persona()).map(Persona::name).orElse(null), MODES, scenario.path().size());
        }
    }
}
