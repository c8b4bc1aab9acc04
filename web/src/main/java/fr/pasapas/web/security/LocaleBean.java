package fr.pasapas.web.security;

import fr.pasapas.people.application.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The interface language: French by default, English on request. A logged-in person's choice is kept with
 * their account, so it follows them to another tablet; at login, the account's choice applies.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountService accounts;

    private Locale locale = Locale.FRENCH;

    /** At login: the account's language if it has one, else the one chosen on the login page is kept for it. */
    public void applyAccountChoice(long accountId, String accountLanguage) {
        if (accountLanguage != null) {
            locale = "en".equals(accountLanguage) ? Locale.ENGLISH : Locale.FRENCH;
        } else if (!Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            accounts.chooseLanguage(accountId, locale.getLanguage());
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (currentUser.isLoggedIn()) {
            accounts.chooseLanguage(currentUser.get().id(), locale.getLanguage());
        }
    }

    /** A date as people read it in the interface language, e.g. "9 décembre 2026". */
    public String longDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public String getOtherLanguage() {
        return "en".equals(locale.getLanguage()) ? "fr" : "en";
    }
}
