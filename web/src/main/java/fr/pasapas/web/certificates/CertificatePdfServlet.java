package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * /learner/certificate/{code}.pdf: the certificate PDF, for the learner who holds it only (web.xml
 * restricts /learner/* to learners; another learner's code answers 404, as an unknown one does).
 */
@WebServlet("/learner/certificate/*")
public class CertificatePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateService certificates;

    @EJB
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String code = path.endsWith(".pdf") ? path.substring(0, path.length() - 4) : path;
        Optional<AuthenticatedAccount> caller = Optional.ofNullable(req.getUserPrincipal())
                .flatMap(p -> accounts.findByUsername(p.getName()));
        Optional<CertificateView> certificate = certificates.findByCode(code)
                .filter(c -> caller.isPresent() && c.learnerId() == caller.get().id());
        if (certificate.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = certificates.pdf(certificate.get());
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"attestation-pas-a-pas-" + certificate.get().code() + ".pdf\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(pdf.length);
        resp.getOutputStream().write(pdf);
    }
}
