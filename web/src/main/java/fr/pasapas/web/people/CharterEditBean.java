package fr.pasapas.web.people;

import fr.pasapas.people.application.CharterException;
import fr.pasapas.people.application.CharterService;
import fr.pasapas.people.application.CharterText;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * /trainer/charter.xhtml, for coordinators: the organisation's charter as learners read it, to be rewritten.
 * Saving makes a new version that every learner of the organisation accepts at their next page.
 */
@Named
@ViewScoped
public class CharterEditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/trainer/charter.xhtml?faces-redirect=true";

    @EJB
    private CharterService charters;

    @Inject
    private LocaleBean localeBean;

    private CharterText charter;
    private String text;

    public CharterText getCharter() {
        if (charter == null) {
            charter = charters.current(localeBean.getLanguage());
            text = charter.text();
        }
        return charter;
    }

    public String save() {
        try {
            int version = charters.save(text);
            Messages.addFlashGlobalInfo("charter.saved", version);
            return SELF;
        } catch (CharterException e) {
            Messages.addGlobalError(e.messageKey());
            return null;
        }
    }

    public String getText() {
        getCharter();
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
