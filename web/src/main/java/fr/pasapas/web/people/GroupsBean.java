package fr.pasapas.web.people;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupException;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.GroupView;
import fr.pasapas.web.security.CurrentUser;
import fr.pasapas.web.security.LocaleBean;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Workshops of the trainer's organisation: create one, choose its learners, assign modules with a due
 * date. Every workshop has its own forms, built with c:forEach so that each is a distinct JSF form whose
 * inputs are kept per workshop (maps keyed by the workshop id): a form sends only its own fields. After a
 * change the page is loaded again (post-redirect-get) with a message naming what was saved. Bad input (an
 * empty name, a past date, a forged id) is refused with a message and changes nothing.
 */
@Named
@ViewScoped
public class GroupsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/trainer/groups.xhtml?faces-redirect=true";

    @EJB
    private GroupService groups;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean localeBean;

    /** Read once per view: the page reads them in every phase and every workshop. */
    private List<GroupView> groupList;
    private List<AuthenticatedAccount> learners;
    private String newName;
    /** The ticked learners of each workshop's member form (learner ids as text), by workshop id. */
    private final Map<Long, List<String>> members = new HashMap<>();
    /** The module chosen in each workshop's "assign" form, by workshop id. */
    private final Map<Long, String> moduleIds = new HashMap<>();
    /** The due date typed in each workshop's "assign" form (yyyy-mm-dd from a date field), by workshop id. */
    private final Map<Long, String> dueDates = new HashMap<>();

    public List<GroupView> getGroups() {
        if (groupList == null) {
            groupList = groups.groupsOf(organisationId());
            for (GroupView g : groupList) {
                members.computeIfAbsent(g.id(), id -> new ArrayList<>(g.learnerIds().stream().map(String::valueOf).toList()));
            }
        }
        return groupList;
    }

    public List<AuthenticatedAccount> getLearners() {
        if (learners == null) {
            learners = accounts.learnersOf(organisationId());
        }
        return learners;
    }

    public String create() {
        String name = newName == null ? "" : newName.strip();
        return run(() -> groups.createGroup(organisationId(), currentUser.get().id(), newName), "groups.created", name);
    }

    /** Saves the ticked learners as the members of one workshop. */
    public String saveMembers(long groupId) {
        Set<Long> ids = new HashSet<>();
        try {
            members.getOrDefault(groupId, List.of()).stream().map(Long::valueOf).forEach(ids::add);
        } catch (NumberFormatException e) {
            Messages.addGlobalError("groups.error.notYourLearner");
            return null;
        }
        return run(() -> groups.setMembers(groupId, organisationId(), ids), "groups.membersSaved", groupName(groupId), ids.size());
    }

    public String assign(long groupId) {
        String module = moduleIds.get(groupId);
        String typed = dueDates.get(groupId);
        LocalDate due;
        try {
            due = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            Messages.addGlobalError("groups.error.dueDate");
            return null;
        }
        if (due == null) {
            return run(() -> groups.assign(groupId, organisationId(), module, null), "groups.assigned",
                    moduleTitle(module), groupName(groupId));
        }
        return run(() -> groups.assign(groupId, organisationId(), module, due), "groups.assignedDue",
                moduleTitle(module), groupName(groupId), localeBean.longDate(due));
    }

    public String unassign(long groupId, String module) {
        return run(() -> groups.unassign(groupId, organisationId(), module), "groups.unassigned",
                moduleTitle(module), groupName(groupId));
    }

    private String run(Runnable change, String successKey, Object... args) {
        try {
            change.run();
            Messages.addFlashGlobalInfo(successKey, args);
            return SELF;
        } catch (GroupException e) {
            Messages.addGlobalError(e.messageKey());
            return null;
        }
    }

    private String groupName(long groupId) {
        return getGroups().stream().filter(g -> g.id() == groupId).map(GroupView::name).findFirst().orElse("?");
    }

    /** The learners' modules, by course, for the "assign" menu (first an empty choice); never a staff course. */
    public List<SelectItem> getModuleChoices() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", Faces.getBundleString("groups.chooseModule")));
        for (Course course : catalogue.catalogue().openTo(false).courses()) {
            SelectItemGroup group = new SelectItemGroup(course.title());
            group.setSelectItems(course.modules().stream().map(m -> new SelectItem(m.id(), m.title())).toArray(SelectItem[]::new));
            items.add(group);
        }
        return items;
    }

    /** The learners of the organisation as choices of a member form. */
    public List<SelectItem> getLearnerChoices() {
        return getLearners().stream()
                .map(l -> new SelectItem(String.valueOf(l.id()), l.displayName() + " (" + l.username() + ")"))
                .toList();
    }

    public String moduleTitle(String id) {
        return id == null ? "" : catalogue.module(id).map(Module::title).orElse(id);
    }

    private long organisationId() {
        return currentUser.get().organisationId();
    }

    public Map<Long, List<String>> getMembers() {
        return members;
    }

    public Map<Long, String> getModuleIds() {
        return moduleIds;
    }

    public Map<Long, String> getDueDates() {
        return dueDates;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
