package fr.pasapas.web.people;

import fr.pasapas.people.application.StaffAccountException;
import fr.pasapas.people.application.StaffAccounts;
import fr.pasapas.people.application.StaffCredentials;
import fr.pasapas.people.application.StaffSummary;
import fr.pasapas.people.application.StaffTraining;
import fr.pasapas.people.application.StaffTrainingRow;
import fr.pasapas.people.application.TrainingItem;
import fr.pasapas.people.domain.AssignedItem;
import fr.pasapas.web.security.LocaleBean;
import fr.pasapas.people.domain.Role;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Messages;

/**
 * The staff of the coordinator's organisation: add a trainer or a coordinator (or both), change their roles,
 * give a new first password, ask members to follow the staff course. A first password is shown once, in the
 * response to the action.
 */
@Named
@ViewScoped
public class StaffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccounts accounts;

    @EJB
    private StaffTraining training;

    @Inject
    private IssuedPassword issued;

    @Inject
    private LocaleBean localeBean;

    private List<StaffSummary> staff;
    private String displayName;
    private String username;
    private boolean trainer = true;
    private boolean coordinator;
    private List<StaffTrainingRow> team;
    private List<TrainingItem> offer;
    private List<Long> trainees = new ArrayList<>();
    private String trainingItem;
    private String trainingDue;

    public List<StaffSummary> getStaff() {
        if (staff == null) {
            staff = accounts.staff();
        }
        return staff;
    }

    public String create() {
        try {
            StaffCredentials created = accounts.create(displayName, username, roles(trainer, coordinator));
            issued.show(created);
            staff = null;
            displayName = null;
            username = null;
            Messages.addGlobalInfo("staff.created", created.displayName());
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    /** Gives or takes one role of a member, keeping the other as it is. */
    public String toggle(long staffId, String role) {
        StaffSummary member = getStaff().stream().filter(s -> s.id() == staffId).findFirst().orElse(null);
        if (member == null) {
            Messages.addGlobalError("staff.error.unknown");
            return null;
        }
        Role changed = Role.valueOf(role);
        Set<Role> roles = EnumSet.copyOf(member.roles());
        if (!roles.remove(changed)) {
            roles.add(changed);
        }
        try {
            accounts.changeRoles(staffId, roles);
            staff = null;
            Messages.addGlobalInfo("staff.rolesChanged", member.displayName());
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    public String resetPassword(long staffId) {
        try {
            StaffCredentials reset = accounts.resetPassword(staffId);
            issued.show(reset);
            staff = null;
            Messages.addGlobalInfo("staff.passwordReset", reset.displayName());
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    public List<StaffTrainingRow> getTeam() {
        if (team == null) {
            team = training.team();
        }
        return team;
    }

    public List<TrainingItem> getOffer() {
        if (offer == null) {
            offer = training.offer();
        }
        return offer;
    }

    /** Asks the chosen members to follow the chosen staff course or module, by the date typed if any. */
    public String assignTraining() {
        if (trainees.isEmpty()) {
            Messages.addGlobalError("training.error.nobody");
            return null;
        }
        var item = AssignedItem.parse(trainingItem);
        if (item.isEmpty()) {
            Messages.addGlobalError("training.error.item");
            return null;
        }
        LocalDate due;
        try {
            due = trainingDue == null || trainingDue.isBlank() ? null : LocalDate.parse(trainingDue.strip());
        } catch (DateTimeParseException e) {
            Messages.addGlobalError("training.error.dueDate");
            return null;
        }
        try {
            training.assign(trainees, item.get(), due);
            String title = getOffer().stream().filter(i -> i.value().equals(trainingItem)).map(TrainingItem::label)
                    .findFirst().orElse("");
            if (due == null) {
                Messages.addGlobalInfo("training.assigned", title, trainees.size());
            } else {
                Messages.addGlobalInfo("training.assignedDue", title, trainees.size(), localeBean.longDate(due));
            }
            team = null;
            trainees = new ArrayList<>();
            trainingItem = null;
            trainingDue = null;
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        return null;
    }

    public String unassignTraining(long assignmentId) {
        try {
            training.unassign(assignmentId);
            Messages.addGlobalInfo("training.unassigned");
        } catch (StaffAccountException e) {
            Messages.addGlobalError(e.messageKey());
        }
        team = null;
        return null;
    }

    public String dueText(LocalDate due) {
        return due == null ? "" : localeBean.longDate(due);
    }

    public List<Long> getTrainees() {
        return trainees;
    }

    public void setTrainees(List<Long> trainees) {
        this.trainees = trainees == null ? new ArrayList<>() : trainees;
    }

    public String getTrainingItem() {
        return trainingItem;
    }

    public void setTrainingItem(String trainingItem) {
        this.trainingItem = trainingItem;
    }

    public String getTrainingDue() {
        return trainingDue;
    }

    public void setTrainingDue(String trainingDue) {
        this.trainingDue = trainingDue;
    }

    private static Set<Role> roles(boolean trainer, boolean coordinator) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (trainer) {
            roles.add(Role.TRAINER);
        }
        if (coordinator) {
            roles.add(Role.PARTNER);
        }
        return roles;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isTrainer() {
        return trainer;
    }

    public void setTrainer(boolean trainer) {
        this.trainer = trainer;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public void setCoordinator(boolean coordinator) {
        this.coordinator = coordinator;
    }
}
