package fr.pasapas.web.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every sandbox response says what the sandbox may reach: this server only, no inline script or style, forms
 * posted only here. It replaces the platform's wider policy for {@code /practice/}: a replica of a real site can
 * load nothing from anywhere else, and what a learner types there cannot leave the server. Run pages are never
 * cached: they show what the learner typed.
 */
@WebFilter("/practice/*")
public class SandboxHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-src 'none'; frame-ancestors 'self'; base-uri 'self'; "
            + "form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        if (!request.getRequestURI().endsWith("/looks.css")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
