package fr.pasapas.web.sandbox;

import fr.pasapas.sandbox.application.SandboxCatalogue;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /practice/looks.css?v=…}: the sites' colours ({@link SiteLooks}); its address changes with them. */
@WebServlet("/practice/looks.css")
public class SiteLooksServlet extends HttpServlet {

    @EJB
    private SandboxCatalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] css = SiteLooks.css(catalogue.sandbox()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/css");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setContentLength(css.length);
        response.getOutputStream().write(css);
    }
}
