package fr.pasapas.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Static files are addressed with the build version in their URL, so a tablet on a slow connection can
 * keep them for a year and download them once. Unversioned requests may be kept for an hour only.
 */
@WebFilter(urlPatterns = "/static/*")
public class StaticCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        boolean versioned = req.getParameter("v") != null;
        res.setHeader("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        chain.doFilter(req, res);
    }
}
