package fr.pasapas.web.reporting;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.learning.application.HelpInboxException;
import fr.pasapas.learning.application.InboxFilter;
import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.reporting.application.DashboardExports;
import fr.pasapas.reporting.application.DashboardNotFoundException;
import fr.pasapas.reporting.application.ExportFormat;
import fr.pasapas.reporting.application.HelpExports;
import fr.pasapas.reporting.application.MatrixOrder;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * /trainer/export/{matrix|heatmap|timeline|help}?format=csv|xlsx and the page's own parameters: the dashboard as a
 * file named with the date, e.g. {@code pas-a-pas-tableau-2026-12-04.xlsx}. Streams what the reporting service
 * writes; a workshop or learner the caller may not see answers 404, as an unknown one.
 */
@WebServlet("/trainer/export/*")
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Keys of the bundle under this prefix are the words of exported files. */
    static final String WORDS = "dash.x.";

    @EJB
    private DashboardExports exports;

    @EJB
    private HelpExports helpExports;

    @Inject
    private LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String what = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        ExportFormat format = ExportFormat.parse(req.getParameter("format"));
        Long workshop = DashboardParams.id(req.getParameter("workshop"));
        Long learner = DashboardParams.id(req.getParameter("id"));
        InboxFilter helpFilter = what.equals("help") ? helpFilter(req, workshop) : null;
        if (format == null || !(what.equals("matrix") || what.equals("heatmap") || (what.equals("timeline") && learner != null)
                || helpFilter != null)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> words = words(locale.getLocale());
        resp.setContentType(format.contentType());
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setHeader("Content-Disposition", "attachment; filename=\"pas-a-pas-" + words.getOrDefault("file." + what, what)
                + "-" + LocalDate.now(PlatformTime.ZONE) + "." + format.extension() + "\"");
        try {
            switch (what) {
                case "matrix" -> exports.matrix(workshop, req.getParameter("name"), MatrixOrder.parse(req.getParameter("sort")),
                        format, words, resp.getOutputStream());
                case "heatmap" -> exports.heatMap(workshop, format, words, resp.getOutputStream());
                case "help" -> helpExports.help(helpFilter, format, words, resp.getOutputStream());
                default -> exports.timeline(learner, format, words, locale.getLocale(), resp.getOutputStream());
            }
        } catch (DashboardNotFoundException | HelpInboxException e) {
            resp.reset();
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The inbox page's filters: status OPEN (the default), ANSWERED, CLOSED or ALL; scope "all" for a trainer's
     * whole organisation (coordinators always see it); null for a status that is none of these.
     */
    static InboxFilter helpFilter(HttpServletRequest req, Long workshop) {
        String status = req.getParameter("status");
        HelpRequest.Status chosen;
        if (status == null || status.isEmpty()) {
            chosen = HelpRequest.Status.OPEN;
        } else if (status.equals("ALL")) {
            chosen = null;
        } else {
            try {
                chosen = HelpRequest.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return new InboxFilter(chosen, !"all".equals(req.getParameter("scope")), workshop);
    }

    private static Map<String, String> words(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("fr.pasapas.web.messages", locale);
        Map<String, String> words = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(WORDS)) {
                words.put(key.substring(WORDS.length()), bundle.getString(key));
            }
        }
        return words;
    }
}
