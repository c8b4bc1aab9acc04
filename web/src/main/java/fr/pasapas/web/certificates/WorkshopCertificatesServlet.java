package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.WorkshopCertificates;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /trainer/workshop-certificates/{workshop id}.pdf or .zip: the course certificates of a workshop's learners, as one
 * PDF (one certificate per page) or as a ZIP of PDFs, streamed. Only for a workshop the caller may see (a trainer the
 * workshops they lead, a coordinator those of the organisation): any other id, or a workshop whose learners hold no
 * course certificate, answers 404. Each download is written to the audit log.
 */
@WebServlet("/trainer/workshop-certificates/*")
public class WorkshopCertificatesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})\\.(pdf|zip)");

    @EJB
    private WorkshopCertificates certificates;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher path = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String format = path.group(2);
        Optional<WorkshopCertificates.Download> download = certificates.prepare(Long.parseLong(path.group(1)), format);
        if (download.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("pdf".equals(format) ? "application/pdf" : "application/zip");
        resp.setHeader("Content-Disposition", download.get().fileName().contentDisposition());
        resp.setHeader("Cache-Control", "private, no-store");
        if ("pdf".equals(format)) {
            certificates.writePdf(download.get(), resp.getOutputStream());
        } else {
            certificates.writeZip(download.get(), resp.getOutputStream());
        }
    }
}
