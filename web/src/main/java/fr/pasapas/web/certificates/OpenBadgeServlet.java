package fr.pasapas.web.certificates;

import fr.pasapas.certificates.badges.application.BadgeService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * /learner/badge/{code}.jwt: the certificate as an Open Badges 3.0 credential, a VC-JWT (media type
 * application/vc+jwt) to put in a wallet or an online CV. For the certificate's holder only (web.xml restricts
 * /learner/badge/* to learners; another learner's code answers 404, as an unknown or withdrawn one does).
 */
@WebServlet("/learner/badge/*")
public class OpenBadgeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BadgeService badges;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String code = path.endsWith(".jwt") ? path.substring(0, path.length() - 4) : path;
        Optional<String> credential = code.length() > 40 ? Optional.empty() : badges.credentialForCaller(code);
        if (credential.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = credential.get().getBytes(StandardCharsets.US_ASCII);
        resp.setContentType("application/vc+jwt");
        resp.setHeader("Content-Disposition", "attachment; filename=\"badge-pas-a-pas-" + code.replaceAll("[^A-Za-z0-9-]", "") + ".jwt\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
