package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** "Mes attestations": every certificate of the learner, course and module ones, newest first. */
@Named
@RequestScoped
public class MyCertificatesBean {

    @EJB
    private CertificateService certificates;

    private List<CertificateView> mine;

    public List<CertificateView> getCertificates() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }
}
