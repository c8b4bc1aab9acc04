package fr.pasapas.web.people;

import fr.pasapas.people.application.CharterException;
import fr.pasapas.people.application.CharterService;
import fr.pasapas.people.application.CharterText;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Messages;

/**
 * /learner/charter.xhtml: the learner reads their organisation's charter (or hears it) and accepts it with one
 * button; then the page they were going to opens. Accepting twice (a double tap, a reload) records it once.
 */
@Named
@RequestScoped
public class CharterBean {

    @EJB
    private CharterService charters;

    @Inject
    private LocaleBean localeBean;

    private CharterText charter;

    public CharterText getCharter() {
        if (charter == null) {
            charter = charters.current(localeBean.getLanguage());
        }
        return charter;
    }

    /** Where to go after accepting: a learner page of this site given in {@code next}, else the modules. */
    public String getNext() {
        return safeNext(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next"));
    }

    public void accept() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        int version;
        try {
            version = Integer.parseInt(ec.getRequestParameterMap().getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            charters.accept(version);
        } catch (CharterException e) {
            charter = null; // the new version is shown
            Messages.addGlobalError(e.messageKey());
            return;
        }
        CharterGate.remember((HttpSession) ec.getSession(true), version);
        ec.redirect(ec.getRequestContextPath() + getNext());
    }

    /** Only a path of this site's learner or practice pages: never another site (no open redirect). */
    static String safeNext(String next) {
        if (next != null && next.matches("/(learner|practice)/[A-Za-z0-9._/-]*(\\?[A-Za-z0-9._~%&=+-]*)?")
                && !next.contains("..") && !next.startsWith(CharterGate.CHARTER_PAGE)) {
            return next;
        }
        return "/learner/modules.xhtml";
    }
}
