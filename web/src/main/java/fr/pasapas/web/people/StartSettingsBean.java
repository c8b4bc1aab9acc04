package fr.pasapas.web.people;

import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.StartSettings;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The accessibility settings a learner's pages start with, as staff chose them at enrolment, written for the
 * learner pages' script (app.js), which uses them until the learner makes their own choice on the device.
 */
@Named
@RequestScoped
public class StartSettingsBean {

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    /** The settings that are on, as words: "biggerText highContrast readAloud"; empty for anyone but a learner. */
    public String getWords() {
        if (!currentUser.hasRole("LEARNER")) {
            return "";
        }
        StartSettings s = accounts.startSettings(currentUser.get().id());
        return String.join(" ", java.util.stream.Stream.of(s.biggerText() ? "biggerText" : "",
                s.highContrast() ? "highContrast" : "", s.readAloud() ? "readAloud" : "").filter(w -> !w.isEmpty()).toList());
    }
}
