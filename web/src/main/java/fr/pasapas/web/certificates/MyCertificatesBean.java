package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.certificates.domain.VerificationName;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * "Mes attestations" (/learner/certificates.xhtml): every certificate of the learner, course and module ones,
 * newest first, with its PDF, its Open Badge and its verification page; and the learner's choice of the name that
 * page shows: first name and initial (the default) or full name.
 */
@Named
@RequestScoped
public class MyCertificatesBean {

    @EJB
    private CertificateService certificates;

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    private boolean fullName;
    private List<CertificateView> mine;

    @PostConstruct
    void init() {
        fullName = accounts.showsFullName(currentUser.get().id());
    }

    public void save() {
        accounts.chooseFullNameShown(fullName);
        Messages.addGlobalInfo("certificates.name.saved");
    }

    public List<CertificateView> getCertificates() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }

    /** The name as the verification page shows it with the current choice. */
    public String getShownName() {
        return VerificationName.of(currentUser.get().displayName(), fullName);
    }

    public boolean isFullName() {
        return fullName;
    }

    public void setFullName(boolean fullName) {
        this.fullName = fullName;
    }
}
