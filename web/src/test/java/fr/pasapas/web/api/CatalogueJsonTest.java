package fr.pasapas.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.infrastructure.content.ClasspathContentSource;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
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

    @Test
    void the_catalogue_lists_every_course_and_module_with_its_steps_duration_and_competences() throws Exception {
        JsonObject json = written(CatalogueJson.of(CATALOGUE));

        assertEquals(List.of("framework", "courses"), List.copyOf(json.keySet()));
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

    private static JsonObject written(Object body) throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(); var reader = Json.createReader(new StringReader(jsonb.toJson(body)))) {
            return reader.readObject();
        }
    }
}
