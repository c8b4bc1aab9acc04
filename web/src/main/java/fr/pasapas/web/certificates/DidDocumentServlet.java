package fr.pasapas.web.certificates;

import fr.pasapas.certificates.badges.application.BadgeService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /did.json: the did:web document where the method looks for it when the public address has a path
 * (https://example.org/pasapas/ is did:web:example.org:pasapas, resolved at https://example.org/pasapas/did.json).
 */
@WebServlet("/did.json")
public class DidDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BadgeService badges;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WellKnownServlet.send(resp, "application/did+json", badges.didDocument());
    }
}
