package fr.pasapas.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.infrastructure.content.ClasspathContentSource;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.sandbox.infrastructure.content.ClasspathSandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What other tools read at /api/catalogue, written by JSON-B as the server writes it. */
class CatalogueJsonTest {

    private static final Catalogue CATALOGUE = new ContentLoader(ClasspathContentSource.packaged()).load().catalogue();
    private static final Sandbox SANDBOX = new SandboxLoader(new ClasspathSandboxFiles(
            CatalogueJsonTest.class.getClassLoader(), "pasapas-content/")).load().sandbox().orElseThrow();

    @Test
    void the_catalogue_lists_every_course_and_module_with_its_steps_duration_and_competences() throws Exception {
        JsonObject json = written(CatalogueJson.of(CATALOGUE, SANDBOX));

        assertEquals(List.of("framework", "courses", "sites", "scenarios"), List.copyOf(json.keySet()));
        assertEquals("DigComp 2.2", json.getString("framework"));
        assertEquals(CATALOGUE.courses().size(), json.getJsonArray("courses").size());
        for (int c = 0; c < CATALOGUE.courses().size(); c++) {
            Course course = CATALOGUE.courses().get(c);
            JsonObject courseJson = json.getJsonArray("courses").getJsonObject(c);
            assertEquals(List.of("id", "title", "description", "estimatedMinutes", "modules"), List.copyOf(courseJson.keySet()));
            assertEquals(course.id(), courseJson.getString("id"));
            assertEquals(course.title(), courseJson.getString("title"));
            assertEquals(course.modules().stream().mapToInt(Module::estimatedMinutes).sum(), courseJson.getInt("estimatedMinutes"),
                    "a course lasts as long as its modules together");
            for (int m = 0; m < course.modules().size(); m++) {
                Module module = course.modules().get(m);
                JsonObject moduleJson = courseJson.getJsonArray("modules").getJsonObject(m);
                assertEquals(List.of("id", "version", "title", "summary", "estimatedMinutes", "steps", "competences"),
                        List.copyOf(moduleJson.keySet()));
                assertEquals(module.id(), moduleJson.getString("id"));
                assertEquals(module.version(), moduleJson.getInt("version"));
                assertEquals(module.summary(), moduleJson.getString("summary"));
                assertEquals(module.steps().size(), moduleJson.getInt("steps"));
                assertEquals(module.competences(),
                        moduleJson.getJsonArray("competences").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            }
        }
    }

    @Test
    void the_catalogue_lists_the_practice_sites_and_scenarios_in_the_order_learners_see_them() throws Exception {
        JsonObject json = written(CatalogueJson.of(CATALOGUE, SANDBOX));

        List<Site> sites = List.copyOf(SANDBOX.sites().values());
        assertEquals(sites.size(), json.getJsonArray("sites").size());
        for (int i = 0; i < sites.size(); i++) {
            JsonObject site = json.getJsonArray("sites").getJsonObject(i);
            assertEquals(List.of("id", "name", "domain"), List.copyOf(site.keySet()));
            assertEquals(sites.get(i).id(), site.getString("id"));
            assertEquals(sites.get(i).name(), site.getString("name"));
            assertEquals(sites.get(i).domain(), site.getString("domain"));
        }
        assertEquals("caf", json.getJsonArray("sites").getJsonObject(0).getString("id"), "the manifest's order");

        List<Scenario> scenarios = List.copyOf(SANDBOX.scenarios().values());
        assertTrue(scenarios.size() >= 32, "at least 4 scenarios for each of the 8 services: " + scenarios.size());
        assertEquals(scenarios.size(), json.getJsonArray("scenarios").size());
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            JsonObject scenarioJson = json.getJsonArray("scenarios").getJsonObject(i);
            assertEquals(List.of("id", "title", "goal", "sites", "persona", "modes", "steps"), List.copyOf(scenarioJson.keySet()));
            assertEquals(scenario.id(), scenarioJson.getString("id"));
            assertEquals(scenario.title().fr(), scenarioJson.getString("title"));
            assertEquals(scenario.goal().fr(), scenarioJson.getString("goal"));
            assertEquals(scenario.sites(), strings(scenarioJson.getJsonArray("sites")));
            assertEquals(SANDBOX.persona(scenario.persona()).orElseThrow().name(), scenarioJson.getString("persona"));
            assertEquals(List.of("guided", "hints", "alone"), strings(scenarioJson.getJsonArray("modes")));
            assertEquals(scenario.path().size(), scenarioJson.getInt("steps"));
        }
        JsonObject first = json.getJsonArray("scenarios").getJsonObject(0);
        assertEquals("caf-se-connecter", first.getString("id"));
        assertEquals(List.of("caf", "messagerie"), strings(first.getJsonArray("sites")));
        assertEquals("Karim FICTIF", first.getString("persona"));
        assertTrue(first.getInt("steps") >= 8, "the CAF login has its steps: " + first);
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject written(Object body) throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(); var reader = Json.createReader(new StringReader(jsonb.toJson(body)))) {
            return reader.readObject();
        }
    }
}
