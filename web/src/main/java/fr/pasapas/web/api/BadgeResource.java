package fr.pasapas.web.api;

import fr.pasapas.certificates.badges.application.BadgeService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public Open Badges documents: GET /api/badges/achievements/{modules|courses}/{id}, the badge class of a module
 * or course (what it attests, its criteria, its DigComp alignment), and GET /api/badges/status/{code}, the
 * revocation list of one certificate (1EdTech Revocation List Status Method). Unknown: 404.
 */
@Path("/badges")
@RequestScoped
public class BadgeResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private BadgeService badges;

    @GET
    @Path("achievements/{kind}/{id}")
    @Produces(JSON)
    public Response achievement(@PathParam("kind") String kind, @PathParam("id") String id) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return badges.achievement(kind, id).map(a -> Response.ok(a.toString(), JSON).cacheControl(cache).build())
                .orElseGet(BadgeResource::notFound);
    }

    @GET
    @Path("status/{code}")
    @Produces(JSON)
    public Response status(@PathParam("code") String code) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        if (code.length() > 40) {
            return notFound();
        }
        return badges.revocationList(code).map(list -> Response.ok(list.toString(), JSON).cacheControl(noStore)
                        .header("X-Robots-Tag", "noindex").build())
                .orElseGet(BadgeResource::notFound);
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(JSON).entity("{\"error\":\"not found\"}").build();
    }
}
