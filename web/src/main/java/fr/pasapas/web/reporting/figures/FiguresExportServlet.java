package fr.pasapas.web.reporting.figures;

import fr.pasapas.reporting.application.figures.FiguresException;
import fr.pasapas.reporting.application.figures.FiguresFile;
import fr.pasapas.reporting.application.figures.FiguresFormat;
import fr.pasapas.reporting.application.figures.FundersFigures;
import fr.pasapas.reporting.application.figures.MonthRange;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

/**
 * /trainer/figures/export?format=csv|xlsx (CSV when not said)&amp;from=2026-01&amp;to=2026-12[&amp;organisation=id]: the figures shown on
 * the page, as a file. web.xml lets coordinators and the admin in; the service gives a coordinator their own
 * organisation only, refuses another's like an unknown one (400 with the page's message), and writes the export
 * to the audit log.
 */
@WebServlet("/trainer/figures/export")
public class FiguresExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FundersFigures figures;

    @Inject
    private LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String asked = req.getParameter("format");
        FiguresFormat format = asked == null ? FiguresFormat.CSV : FiguresFormat.of(asked);
        if (format == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle("fr.pasapas.web.messages", locale.getLocale());
        FiguresFile file;
        try {
            MonthRange range = figures.range(req.getParameter("from"), req.getParameter("to"));
            file = figures.export(range, organisation(req.getParameter("organisation")), format, bundle::getString);
        } catch (FiguresException e) {
            refuse(resp, bundle.getString(e.key()));
            return;
        } catch (EJBAccessException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        resp.setContentType(file.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(file.content().length);
        resp.getOutputStream().write(file.content());
    }

    private static Long organisation(String text) {
        if (text == null || text.isBlank() || FiguresBean.ALL.equals(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new FiguresException("figures.error.organisation");
        }
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/plain; charset=UTF-8");
        resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
