package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpAnswer;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The trainers' answers a learner has not read yet, shown once at the top of their next page. */
@Named
@RequestScoped
public class HelpAnswersBean {

    @EJB
    private HelpService help;

    @Inject
    private CurrentUser currentUser;

    private List<HelpAnswer> unread;

    public List<HelpAnswer> getUnread() {
        if (unread == null) {
            unread = currentUser.hasRole("LEARNER") ? help.takeUnreadAnswers(currentUser.get().id()) : List.of();
        }
        return unread;
    }
}
