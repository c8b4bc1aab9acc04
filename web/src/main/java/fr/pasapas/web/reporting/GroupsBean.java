package fr.pasapas.web.reporting;

import fr.pasapas.learning.application.CatalogueService;
import fr.pasapas.learning.domain.Course;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupException;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.GroupView;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Workshops of the trainer's organisation: create one, choose its learners, assign modules with a due
 * date. Bad input (an empty name, a past date, a forged id) is refused with a message and changes nothing.
 */
@Named
@ViewScoped
public class GroupsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GroupService groups;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser currentUser;


    /** Read once per view and again after each change: the page reads them in every phase and every group. */
    private List<GroupView> groupList;
    private List<AuthenticatedAccount> learners;
    private String newName;
    private String moduleId;
    private String dueDate;

    public List<GroupView> getGroups() {
        if (groupList == null) {
            groupList = groups.groupsOf(organisationId());
        }
        return groupList;
    }

    public List<AuthenticatedAccount> getLearners() {
        if (learners == null) {
            learners = accounts.learnersOf(organisationId());
        }
        return learners;
    }

    public void create() {
        run(() -> groups.createGroup(organisationId(), currentUser.get().id(), newName), "groups.created");
        newName = null;
    }

    /** Saves the ticked learners (request parameter "member-<group id>") as the members of a workshop. */
    public void saveMembers(long groupId) {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault("member-" + groupId, new String[0]);
        Set<Long> ids = new HashSet<>();
        try {
            Arrays.stream(ticked).map(Long::valueOf).forEach(ids::add);
        } catch (NumberFormatException e) {
            Messages.error("groups.error.notYourLearner");
            return;
        }
        run(() -> groups.setMembers(groupId, organisationId(), ids), "groups.membersSaved");
    }

    public void assign(long groupId) {
        LocalDate due;
        try {
            due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            Messages.error("groups.error.dueDate");
            return;
        }
        run(() -> groups.assign(groupId, organisationId(), moduleId, due), "groups.assigned");
    }

    public void unassign(long groupId, String module) {
        run(() -> groups.unassign(groupId, organisationId(), module), "groups.unassigned");
    }

    private void run(Runnable change, String successKey) {
        try {
            change.run();
            groupList = null;
            Messages.info(successKey);
        } catch (GroupException e) {
            Messages.error(e.messageKey());
        }
    }

    /** The catalogue's modules, by course, for the "assign" menu. */
    public List<SelectItem> getModuleChoices() {
        List<SelectItem> items = new ArrayList<>();
        for (Course course : catalogue.catalogue().courses()) {
            SelectItemGroup group = new SelectItemGroup(course.title());
            group.setSelectItems(course.modules().stream().map(m -> new SelectItem(m.id(), m.title())).toArray(SelectItem[]::new));
            items.add(group);
        }
        return items;
    }

    public String moduleTitle(String id) {
        return catalogue.module(id).map(Module::title).orElse(id);
    }

    public boolean isMember(GroupView group, long learnerId) {
        return group.learnerIds().contains(learnerId);
    }

    private long organisationId() {
        return currentUser.get().organisationId();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }
}
