package fr.pasapas.web.certificates;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.Verification;
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
 * /learner/certificates.xhtml: a learner's certificates (valid or revoked, with their PDF and verification page)
 * and their choice of the name the verification page shows: first name and initial (the default) or full name.
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
    private List<Verification> mine;

    @PostConstruct
    void init() {
        fullName = accounts.showsFullName(currentUser.get().id());
    }

    public void save() {
        accounts.chooseFullNameShown(fullName);
        mine = null;
        Messages.addGlobalInfo("certificates.name.saved");
    }

    public List<Verification> getMine() {
        if (mine == null) {
            mine = certificates.ofCaller();
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
