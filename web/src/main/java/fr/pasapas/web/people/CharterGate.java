package fr.pasapas.web.people;

import fr.pasapas.people.application.CharterService;
import fr.pasapas.people.application.CharterStatus;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Before any learner page, the learner's organisation's current charter must be accepted: otherwise the page
 * asked for waits while /learner/charter.xhtml is shown, and opens once the charter is accepted. The version
 * accepted is remembered in the session, so a page costs one small query (has a new version been saved?); a
 * new version saved by a coordinator is asked at the learner's next page.
 */
@WebFilter(urlPatterns = {"/learner/*", "/practice/*"})
public class CharterGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHARTER_PAGE = "/learner/charter.xhtml";
    /** The charter version this session's learner has accepted (an Integer). */
    static final String ACCEPTED = "pasapas.charter.accepted";

    @EJB
    private CharterService charters;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(CHARTER_PAGE) || !req.isUserInRole("LEARNER") || accepted(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String next = "GET".equals(req.getMethod()) ? path + (req.getQueryString() == null ? "" : "?" + req.getQueryString())
                : "/learner/modules.xhtml";
        resp.sendRedirect(req.getContextPath() + CHARTER_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private boolean accepted(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        Object seen = session == null ? null : session.getAttribute(ACCEPTED);
        if (seen instanceof Integer version && version == charters.currentVersion()) {
            return true;
        }
        CharterStatus status = charters.status();
        if (status.accepted() && session != null) {
            session.setAttribute(ACCEPTED, status.currentVersion());
        }
        return status.accepted();
    }

    /** After the learner accepts: the pages open without asking again in this session. */
    static void remember(HttpSession session, int version) {
        session.setAttribute(ACCEPTED, version);
    }
}
