package fr.pasapas.web.learning;

import fr.pasapas.learning.application.HelpInbox;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The number of help requests waiting for the staff member, shown next to the inbox link: one query a request. */
@Named
@RequestScoped
public class HelpCount {

    @EJB
    private HelpInbox inbox;

    @Inject
    private CurrentUser currentUser;

    private Long waiting;

    public long getWaiting() {
        if (waiting == null) {
            boolean staff = currentUser.hasRole("TRAINER") || currentUser.hasRole("PARTNER") || currentUser.hasRole("ADMIN");
            waiting = staff ? inbox.waitingCount() : 0L;
        }
        return waiting;
    }
}
