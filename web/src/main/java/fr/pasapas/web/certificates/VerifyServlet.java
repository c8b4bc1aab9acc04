package fr.pasapas.web.certificates;

import fr.pasapas.certificates.domain.CertificateCode;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Gives certificates a short public address, /verify/{code}, as printed in their QR code; /verify is the form. A
 * path longer than any code is answered by the form with 400, without being read.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Set on a request whose code was too long to be read: the page says so and answers 400. */
    static final String TOO_LONG = "pasapas.verify.tooLong";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getPathInfo();
        String code = path == null || path.length() <= 1 ? "" : path.substring(1);
        if (CertificateCode.tooLong(code)) {
            req.setAttribute(TOO_LONG, Boolean.TRUE);
            code = "";
        }
        req.getRequestDispatcher("/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(req, resp);
    }
}
