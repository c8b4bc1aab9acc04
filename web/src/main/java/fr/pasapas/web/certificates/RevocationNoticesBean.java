package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.RevocationNotice;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * A learner is told at their next login that one of their certificates was revoked: the first learner page of a
 * session asks once (later pages of the session cost nothing), and each revocation is told once.
 */
@Named
@RequestScoped
public class RevocationNoticesBean {

    /** Set in the session once its learner was told (or had nothing to be told). */
    static final String CHECKED = "pasapas.revocations.checked";

    @EJB
    private CertificateService certificates;

    @Inject
    private CurrentUser currentUser;

    private List<RevocationNotice> notices;

    public List<RevocationNotice> getNotices() {
        if (notices == null) {
            notices = List.of();
            if (currentUser.isLoggedIn() && currentUser.hasRole("LEARNER")) {
                Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
                if (session.putIfAbsent(CHECKED, Boolean.TRUE) == null) {
                    notices = certificates.takeRevocationNotices();
                }
            }
        }
        return notices;
    }
}
