package fr.pasapas.web.certificates;

import fr.pasapas.certificates.badges.application.BadgeService;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The platform's public keys, for whoever verifies an Open Badge: /.well-known/jwks.json (a JWK Set) and
 * /.well-known/did.json (the did:web document of a platform at the root of its host). Public, cached an hour.
 */
@WebServlet("/.well-known/*")
public class WellKnownServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BadgeService badges;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (path) {
            case "/jwks.json" -> send(resp, "application/jwk-set+json", badges.jwks());
            case "/did.json" -> send(resp, "application/did+json", badges.didDocument());
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static void send(HttpServletResponse resp, String mediaType, JsonObject json) throws IOException {
        resp.setContentType(mediaType);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.getWriter().write(json.toString());
    }
}
