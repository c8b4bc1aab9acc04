package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.Verification;
import fr.pasapas.certificates.domain.CertificateCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public verification page, /verify and /verify/{code}: anyone (an employer) can check a certificate. A valid
 * or revoked certificate answers 200, an unknown code 404 with the form to type it again, an over-long one 400
 * without any lookup.
 */
@Named
@RequestScoped
public class VerifyBean {

    @EJB
    private CertificateService certificates;

    private String code;
    private Verification certificate;
    private boolean tooLong;

    /** viewAction. */
    public void load() {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        tooLong = Boolean.TRUE.equals(ec.getRequestMap().get(VerifyServlet.TOO_LONG)) || CertificateCode.tooLong(code);
        if (tooLong) {
            code = null;
            ec.setResponseStatus(400);
            return;
        }
        certificate = isSearched() ? certificates.verify(code).orElse(null) : null;
        if (certificate == null && isSearched()) {
            ec.setResponseStatus(404);
        }
    }

    /** The form "type a code": goes to /verify/{code}; an over-long code is refused here, before any redirect. */
    public void check() throws IOException {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        String typed = code == null ? "" : code.strip();
        if (CertificateCode.tooLong(typed)) {
            tooLong = true;
            code = null;
            return;
        }
        String target = CertificateCode.normalize(typed).orElse(typed);
        ec.redirect(ec.getRequestContextPath() + "/verify/" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    public boolean isSearched() {
        return code != null && !code.isBlank();
    }

    public boolean isTooLong() {
        return tooLong;
    }

    public Verification getCertificate() {
        return certificate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
