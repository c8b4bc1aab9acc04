package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificatePdf;
import fr.pasapas.certificates.application.CertificateService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * /learner/certificate/{code}.pdf: the certificate PDF (of a module or of a course). The certificates service gives
 * it to its holder only (web.xml restricts /learner/* to learners); another learner's code answers 404, as an unknown
 * one does. A plain GET answered as an attachment with its length and a file name made of the learner's name and the
 * title (with an ASCII fallback): Android Chrome downloads it as a real file.
 */
@WebServlet("/learner/certificate/*")
public class CertificatePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String code = path.endsWith(".pdf") ? path.substring(0, path.length() - 4) : path;
        Optional<CertificatePdf> pdf = certificates.pdfForCaller(code);
        if (pdf.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", pdf.get().fileName().contentDisposition());
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(pdf.get().content().length);
        resp.getOutputStream().write(pdf.get().content());
    }
}
