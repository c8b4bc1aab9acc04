package fr.pasapas.web.people;

import fr.pasapas.people.application.LearnerAccountException;
import fr.pasapas.people.application.LearnerAccounts;
import fr.pasapas.people.application.LearnerCredentials;
import fr.pasapas.people.application.LearnerSummary;
import jakarta.ejb.EJB;
import org.omnifaces.util.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Learner accounts of the staff member's organisation: create one, give a new PIN, unlock. A new username and
 * PIN are shown once, in the response to the action (no redirect), and kept only for that request
 * ({@link IssuedCredentials}). Bad input (an empty name, a forged id) is refused with a message and changes
 * nothing.
 */
@Named
@ViewScoped
public class LearnersBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/trainer/learners.xhtml?faces-redirect=true";

    @EJB
    private LearnerAccounts accounts;

    @Inject
    private IssuedCredentials issued;

    @Inject
    private IssuedPins issuedPins;

    /** Read once per view, again after a change. */
    private List<LearnerSummary> learners;
    private String firstName;
    private String lastName;

    public List<LearnerSummary> getLearners() {
        if (learners == null) {
            learners = accounts.learners();
        }
        return learners;
    }

    public String create() {
        if (show(() -> accounts.create(firstName, lastName), "learners.created")) {
            firstName = null;
            lastName = null;
        }
        return null;
    }

    public String resetPin(long learnerId) {
        show(() -> accounts.resetPin(learnerId), "learners.pinReset");
        return null;
    }

    public String unlock(long learnerId) {
        String name = getLearners().stream().filter(l -> l.id() == learnerId).map(LearnerSummary::displayName)
                .findFirst().orElse("?");
        try {
            accounts.unlock(learnerId);
            Messages.addFlashGlobalInfo("learners.unlocked", name);
            return SELF;
        } catch (LearnerAccountException e) {
            Messages.addGlobalError(e.messageKey());
            return null;
        }
    }

    /** Runs a change that gives a PIN, and shows it in this response only. */
    private boolean show(Supplier<LearnerCredentials> change, String successKey) {
        try {
            LearnerCredentials credentials = change.get();
            issued.show(credentials);
            issuedPins.remember(credentials); // for the login card printed next
            learners = null;
            Messages.addGlobalInfo(successKey, credentials.displayName());
            return true;
        } catch (LearnerAccountException e) {
            Messages.addGlobalError(e.messageKey());
            return false;
        }
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
