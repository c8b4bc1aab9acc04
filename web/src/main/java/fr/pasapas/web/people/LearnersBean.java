package fr.pasapas.web.people;

import fr.pasapas.people.application.GroupName;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.LearnerAccountException;
import fr.pasapas.people.application.LearnerAccounts;
import fr.pasapas.people.application.LearnerCredentials;
import fr.pasapas.people.application.LearnerDetails;
import fr.pasapas.people.application.LearnerSummary;
import fr.pasapas.people.domain.LearnerProfile;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import org.omnifaces.util.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Learner accounts of the staff member's organisation: enrol one (name, optional details, language, accessibility
 * settings, workshop), edit one, give a new PIN, unlock, deactivate and reactivate. A new username and PIN are
 * shown once, in the response to the action (no redirect), and kept only for that request
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

    @EJB
    private GroupService groups;

    @Inject
    private IssuedCredentials issued;

    @Inject
    private IssuedPins issuedPins;

    @Inject
    private CurrentUser currentUser;

    /** Read once per view, again after a change. */
    private List<LearnerSummary> learners;
    private List<GroupName> workshops;
    /** Which accounts the list shows: active, deactivated or all. */
    private String show = "active";
    /** The learner being edited, null while the form enrols a new one. */
    private Long editing;
    private String editingUsername;
    private final ProfileForm form = new ProfileForm();

    public List<LearnerSummary> getLearners() {
        if (learners == null) {
            learners = accounts.learners();
        }
        return learners;
    }

    /** The learners the filter shows. */
    public List<LearnerSummary> getShown() {
        return getLearners().stream().filter(l -> switch (show) {
            case "deactivated" -> l.deactivated();
            case "all" -> true;
            default -> !l.deactivated();
        }).toList();
    }

    public List<GroupName> getWorkshops() {
        if (workshops == null) {
            workshops = groups.namesOf(currentUser.get().organisationId());
        }
        return workshops;
    }

    /** Enrols the learner of the form, or saves the learner being edited. */
    public String save() {
        LearnerProfile profile = form.profile();
        if (profile == null) {
            Messages.addGlobalError("learners.error.birthYear");
            return null;
        }
        if (editing != null) {
            long id = editing;
            return change(() -> accounts.update(id, profile), "learners.saved", profile.displayName());
        }
        Long workshop;
        try {
            workshop = form.getWorkshop() == null || form.getWorkshop().isBlank() ? null : Long.valueOf(form.getWorkshop());
        } catch (NumberFormatException e) {
            Messages.addGlobalError("learners.error.workshop");
            return null;
        }
        if (show(() -> accounts.create(profile, workshop), "learners.created")) {
            form.clear();
        }
        return null;
    }

    /** Fills the form with a learner to edit. */
    public String edit(long learnerId) {
        try {
            LearnerDetails details = accounts.details(learnerId);
            form.fill(details.profile());
            editing = details.id();
            editingUsername = details.username();
        } catch (LearnerAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    public String cancelEdit() {
        return SELF;
    }

    public String resetPin(long learnerId) {
        show(() -> accounts.resetPin(learnerId), "learners.pinReset");
        return null;
    }

    public String unlock(long learnerId) {
        return change(() -> accounts.unlock(learnerId), "learners.unlocked", name(learnerId));
    }

    public String deactivate(long learnerId) {
        return change(() -> accounts.deactivate(learnerId), "learners.deactivated", name(learnerId));
    }

    public String reactivate(long learnerId) {
        return change(() -> accounts.reactivate(learnerId), "learners.reactivated", name(learnerId));
    }

    /** Shows the list with the filter chosen. */
    public String filter() {
        return null;
    }

    private String name(long learnerId) {
        return getLearners().stream().filter(l -> l.id() == learnerId).map(LearnerSummary::displayName)
                .findFirst().orElse("?");
    }

    /** Runs a change, then loads the page again with a message (post-redirect-get). */
    private String change(Runnable change, String successKey, Object name) {
        try {
            change.run();
            Messages.addFlashGlobalInfo(successKey, name);
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

    public ProfileForm getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }

    public String getEditingUsername() {
        return editingUsername;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = List.of("active", "deactivated", "all").contains(show) ? show : "active";
    }
}
