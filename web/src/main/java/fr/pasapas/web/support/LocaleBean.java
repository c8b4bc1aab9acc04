package fr.pasapas.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The interface language: French by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** A date as people read it in the interface language, e.g. "9 décembre 2026". */
    public String longDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public String getOtherLanguage() {
        return "en".equals(locale.getLanguage()) ? "fr" : "en";
    }
}
