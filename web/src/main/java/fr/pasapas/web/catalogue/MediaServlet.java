package fr.pasapas.web.catalogue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.application.Media;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** /media/{course}/{path}: the images of course content, through the catalogue service. */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueService catalogue;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        Optional<Media> media = slash <= 0 || path.contains("..") ? Optional.empty()
                : catalogue.media(path.substring(0, slash), path.substring(slash + 1));
        if (media.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(media.get().contentType());
        // Course SVGs are checked at load time; this is a second layer against active content.
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setContentLength(media.get().content().length);
        resp.getOutputStream().write(media.get().content());
    }
}
