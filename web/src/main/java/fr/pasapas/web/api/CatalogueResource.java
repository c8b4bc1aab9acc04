package fr.pasapas.web.api;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/catalogue: the published catalogue (courses, modules, step counts, durations, DigComp
 * competences). Public: it holds no personal data.
 */
@Path("/catalogue")
@RequestScoped
public class CatalogueResource {

    @EJB
    private CatalogueService catalogue;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response get() {
        JsonArrayBuilder courses = Json.createArrayBuilder();
        for (Course course : catalogue.catalogue().courses()) {
            JsonArrayBuilder modules = Json.createArrayBuilder();
            for (Module m : course.modules()) {
                modules.add(Json.createObjectBuilder()
                        .add("id", m.id())
                        .add("version", m.version())
                        .add("title", m.title())
                        .add("summary", m.summary())
                        .add("estimatedMinutes", m.estimatedMinutes())
                        .add("steps", m.steps().size())
                        .add("competences", Json.createArrayBuilder(m.competences())));
            }
            courses.add(Json.createObjectBuilder()
                    .add("id", course.id())
                    .add("title", course.title())
                    .add("description", course.description())
                    .add("estimatedMinutes", course.modules().stream().mapToInt(Module::estimatedMinutes).sum())
                    .add("modules", modules));
        }
        JsonObject body = Json.createObjectBuilder()
                .add("framework", "DigComp 2.2")
                .add("courses", courses)
                .build();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body).cacheControl(cache).build();
    }
}
