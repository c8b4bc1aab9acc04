package fr.pasapas.web.certificates;

import fr.pasapas.config.PlatformSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every answer about certificates (the verification page, /verify/{code}, the JSON, an Open Badge's revocation
 * list, which also tells whether a code exists) is kept out of search engines
 * and caches ({@code X-Robots-Tag: noindex}, {@code Cache-Control: no-store}), and each lookup of a code is
 * counted per client address: past the burst ({@code PASAPAS_VERIFY_BURST}) and the rate
 * ({@code PASAPAS_VERIFY_PER_MINUTE}), the client gets 429 with {@code Retry-After}, and one log line per run of
 * refusals, so guessing codes is slow. The address is the request's remote address: behind a proxy, it is the
 * client's only where Undertow is told to read the proxy's header ({@code proxy-address-forwarding}).
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*", "/verify.xhtml", "/api/certificates/*", "/api/badges/status/*"})
public class VerifyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(VerifyFilter.class.getName());
    /** The most client addresses remembered at once (a few hundred bytes each). */
    static final int MAX_CLIENTS = 10_000;

    private transient RateLimiter limiter;
    private int burst;
    private int perMinute;

    @Override
    public void init() {
        burst = PlatformSettings.verifyBurst();
        perMinute = PlatformSettings.verifyPerMinute();
        limiter = new RateLimiter(burst, perMinute, MAX_CLIENTS, System::nanoTime);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Robots-Tag", "noindex");
        resp.setHeader("Cache-Control", "no-store");
        if (isLookup(req)) {
            RateLimiter.Decision decision = limiter.take(req.getRemoteAddr());
            if (!decision.allowed()) {
                if (decision.firstRefusal()) {
                    LOG.warning(() -> "Certificate lookups from " + req.getRemoteAddr() + " slowed down (429): more than "
                            + burst + " at once, then " + perMinute + " a minute");
                }
                refuse(req, resp, decision.retryAfterSeconds());
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    /** A lookup reads a code: /verify/{code}, the page with ?code=, the JSON. The empty form is not one. */
    static boolean isLookup(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith("/api/certificates/") || path.startsWith("/api/badges/status/")) {
            return true;
        }
        if (path.startsWith("/verify/")) {
            return path.length() > "/verify/".length();
        }
        String code = "GET".equals(req.getMethod()) ? req.getParameter("code") : null;
        return path.equals("/verify.xhtml") && code != null && !code.isBlank();
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse resp, long retryAfter) throws IOException {
        resp.setStatus(429);
        resp.setHeader("Retry-After", Long.toString(retryAfter));
        String path = req.getRequestURI().substring(req.getContextPath().length());
        resp.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write("{\"status\":\"too_many_requests\",\"retryAfter\":" + retryAfter + "}");
            return;
        }
        Locale locale = req.getLocale() != null && "en".equals(req.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle msg = ResourceBundle.getBundle("fr.pasapas.web.messages", locale);
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"robots\" content=\"noindex\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + msg.getString("verify.throttled.title") + "</title></head><body><main><h1>"
                + msg.getString("verify.throttled.title") + "</h1><p>"
                + java.text.MessageFormat.format(msg.getString("verify.throttled.text"), retryAfter) + "</p></main></body></html>");
    }
}
