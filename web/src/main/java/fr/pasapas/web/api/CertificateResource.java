package fr.pasapas.web.api;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.domain.CertificateCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/certificates/{code}: a certificate's verification as {@link CertificateJson}, for the tools of
 * employers and training bodies. Public like the page, with the same code rules (any case; spaces, dashes, +
 * ignored), never cached nor indexed, and slowed down per client with it (VerifyFilter).
 */
@Path("/certificates/{code}")
@RequestScoped
public class CertificateResource {

    @EJB
    private CertificateService certificates;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response get(@PathParam("code") String code) {
        if (CertificateCode.tooLong(code)) {
            return answer(Response.status(Response.Status.BAD_REQUEST).entity(CertificateJson.none("invalid")));
        }
        return answer(certificates.verify(code).map(v -> Response.ok(CertificateJson.of(v)))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(CertificateJson.none("unknown"))));
    }

    private static Response answer(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").build();
    }
}
