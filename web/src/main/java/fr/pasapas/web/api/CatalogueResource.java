package fr.pasapas.web.api;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.sandbox.application.SandboxCatalogue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/catalogue: the published catalogue for learners (courses, modules, step counts, durations, DigComp
 * competences) and the practice sandbox (sites, scenarios) as {@link CatalogueJson}. Public: it holds no
 * personal data (the personas are fictitious).
 */
@Path("/catalogue")
@RequestScoped
public class CatalogueResource {

    @EJB
    private CatalogueService catalogue;

    @EJB
    private SandboxCatalogue sandbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response get() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(CatalogueJson.of(catalogue.catalogue().openTo(false), sandbox.sandbox())).cacheControl(cache).build();
    }
}
