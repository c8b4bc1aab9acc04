package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.catalogue.domain.DigComp;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public verification page, /verify/{code}: anyone (an employer) can check a certificate. */
@Named
@RequestScoped
public class VerifyBean {

    @EJB
    private CertificateService certificates;

    private String code;
    private CertificateView certificate;

    /** viewAction: an unknown code keeps the friendly page but answers HTTP 404. */
    public void load() {
        certificate = code == null || code.isBlank() ? null : certificates.findByCode(code).orElse(null);
        if (certificate == null && code != null && !code.isBlank()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The form "type a code": goes to /verify/{code}. */
    public void check() throws IOException {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        String typed = code == null ? "" : code.strip();
        ec.redirect(ec.getRequestContextPath() + "/verify/" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    public List<String> competenceLabels() {
        return certificate.competences().stream()
                .map(c -> c + " " + DigComp.frenchName(c).orElse(""))
                .toList();
    }

    public boolean isSearched() {
        return code != null && !code.isBlank();
    }

    public CertificateView getCertificate() {
        return certificate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
