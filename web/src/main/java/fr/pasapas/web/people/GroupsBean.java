package fr.pasapas.web.people;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupException;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.GroupView;
import fr.pasapas.people.domain.AssignedItem;
import fr.pasapas.sandbox.application.SandboxCatalogue;
import fr.pasapas.sandbox.domain.Scenario;
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
import java.util.Optional;
import java.util.Set;

/**
 * Workshops of the staff member's organisation: create and rename one, choose its trainers and learners, and
 * ask a course, a module or a practice scenario (in a mode) of the whole workshop or of one of its learners,
 * with a due date. Every workshop has its own forms, built with c:forEach so that each is a distinct JSF form
 * whose inputs are kept per workshop (maps keyed by the workshop id): a form sends only its own fields, and two
 * workshops on one page never mix their inputs. After a change the page is loaded again (post-redirect-get)
 * with a message naming what was saved; the same form sent twice saves the same thing. Bad input (an empty
 * name, a past date, a forged id or item) is refused with a message and changes nothing.
 */
@Named
@ViewScoped
public class GroupsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/trainer/groups.xhtml?faces-redirect=true";
    private static final List<String> MODES = List.of("guided", "hints", "alone");

    @EJB
    private GroupService groups;

    @EJB
    private fr.pasapas.certificates.application.WorkshopCertificates workshopCertificates;

    private java.util.Map<Long, Long> certificateCounts;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private SandboxCatalogue sandbox;

    @Inject
    private LocaleBean localeBean;

    /** Read once per view: the page reads them in every phase and every workshop. */
    private List<GroupView> groupList;
    private List<AuthenticatedAccount> learners;
    private List<AuthenticatedAccount> staff;
    private String newName;
    /** The name typed in each workshop's "rename" form, by workshop id. */
    private final Map<Long, String> names = new HashMap<>();
    /** The ticked trainers of each workshop's trainer form (account ids as text), by workshop id. */
    private final Map<Long, List<String>> trainers = new HashMap<>();
    /** The ticked learners of each workshop's member form (learner ids as text), by workshop id. */
    private final Map<Long, List<String>> members = new HashMap<>();
    /** The item chosen in each workshop's "assign" form ({@link AssignedItem#text()}), by workshop id. */
    private final Map<Long, String> items = new HashMap<>();
    /** Who the "assign" form asks: empty for the whole workshop, else a learner id, by workshop id. */
    private final Map<Long, String> targets = new HashMap<>();
    /** The due date typed in each workshop's "assign" form (yyyy-mm-dd from a date field), by workshop id. */
    private final Map<Long, String> dueDates = new HashMap<>();

    /** How many course certificates the learners of each workshop hold, by workshop id. */
    public java.util.Map<Long, Long> getCertificateCounts() {
        if (certificateCounts == null) {
            certificateCounts = new java.util.HashMap<>(workshopCertificates.counts());
        }
        return certificateCounts;
    }

    public List<GroupView> getGroups() {
        if (groupList == null) {
            groupList = groups.workshops();
            for (GroupView g : groupList) {
                names.computeIfAbsent(g.id(), id -> g.name());
                trainers.computeIfAbsent(g.id(), id -> new ArrayList<>(g.trainers().stream()
                        .map(t -> String.valueOf(t.id())).toList()));
                members.computeIfAbsent(g.id(), id -> new ArrayList<>(g.learnerIds().stream().map(String::valueOf).toList()));
            }
        }
        return groupList;
    }

    public List<AuthenticatedAccount> getLearners() {
        if (learners == null) {
            learners = groups.memberCandidates();
        }
        return learners;
    }

    public String create() {
        String name = newName == null ? "" : newName.strip();
        return run(() -> groups.create(newName), "groups.created", name);
    }

    public String rename(long groupId) {
        String name = names.getOrDefault(groupId, "").strip();
        return run(() -> groups.rename(groupId, name), "assign.renamed", name);
    }

    /** Saves the ticked staff as the trainers of one workshop. */
    public String saveTrainers(long groupId) {
        Optional<Set<Long>> ids = ids(trainers.get(groupId));
        if (ids.isEmpty()) {
            Messages.addGlobalError("assign.error.notYourTrainer");
            return null;
        }
        return run(() -> groups.setTrainers(groupId, ids.get()), "assign.trainersSaved", groupName(groupId));
    }

    /** Saves the ticked learners as the members of one workshop. */
    public String saveMembers(long groupId) {
        Optional<Set<Long>> ids = ids(members.get(groupId));
        if (ids.isEmpty()) {
            Messages.addGlobalError("groups.error.notYourLearner");
            return null;
        }
        return run(() -> groups.setMembers(groupId, ids.get()), "groups.membersSaved", groupName(groupId), ids.get().size());
    }

    private static Optional<Set<Long>> ids(List<String> ticked) {
        Set<Long> ids = new HashSet<>();
        try {
            (ticked == null ? List.<String>of() : ticked).stream().map(Long::valueOf).forEach(ids::add);
            return Optional.of(ids);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Asks the chosen item of the whole workshop or of the chosen learner, with the due date typed. */
    public String assign(long groupId) {
        Optional<AssignedItem> item = AssignedItem.parse(items.get(groupId));
        if (item.isEmpty()) {
            Messages.addGlobalError("assign.error.item");
            return null;
        }
        String typed = dueDates.get(groupId);
        LocalDate due;
        try {
            due = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            Messages.addGlobalError("groups.error.dueDate");
            return null;
        }
        String target = targets.getOrDefault(groupId, "");
        String title = itemTitle(item.get());
        String dueText = due == null ? "" : localeBean.longDate(due);
        if (target == null || target.isBlank()) {
            return run(() -> groups.assignToWorkshop(groupId, item.get(), due),
                    due == null ? "assign.toWorkshop" : "assign.toWorkshopDue", title, groupName(groupId), dueText);
        }
        long learnerId;
        try {
            learnerId = Long.parseLong(target);
        } catch (NumberFormatException e) {
            Messages.addGlobalError("groups.error.notYourLearner");
            return null;
        }
        return run(() -> groups.assignToLearner(groupId, learnerId, item.get(), due),
                due == null ? "assign.toLearner" : "assign.toLearnerDue", title, learnerName(learnerId), dueText);
    }

    public String unassign(long assignmentId, AssignedItem item) {
        return run(() -> groups.unassign(assignmentId), "assign.unassigned", itemTitle(item));
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

    public String learnerName(long learnerId) {
        return getLearners().stream().filter(l -> l.id() == learnerId).map(AuthenticatedAccount::displayName)
                .findFirst().orElse("?");
    }

    /** What can be assigned, for the "assign" menu: courses, modules by course, scenarios in each mode. */
    public List<SelectItem> getItemChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", Faces.getBundleString("assign.choose")));
        SelectItemGroup courses = new SelectItemGroup(Faces.getBundleString("assign.courses"));
        courses.setSelectItems(catalogue.catalogue().openTo(false).courses().stream()
                .map(c -> new SelectItem(AssignedItem.course(c.id()).text(), itemTitle(AssignedItem.course(c.id()))))
                .toArray(SelectItem[]::new));
        choices.add(courses);
        for (Course course : catalogue.catalogue().openTo(false).courses()) { // a workshop of learners: never a staff course
            SelectItemGroup group = new SelectItemGroup(course.title());
            group.setSelectItems(course.modules().stream()
                    .map(m -> new SelectItem(AssignedItem.module(m.id()).text(), m.title())).toArray(SelectItem[]::new));
            choices.add(group);
        }
        List<SelectItem> practice = new ArrayList<>();
        for (Scenario scenario : sandbox.sandbox().scenarios().values()) {
            for (String mode : MODES) {
                AssignedItem item = AssignedItem.scenario(scenario.id(), mode);
                practice.add(new SelectItem(item.text(), itemTitle(item)));
            }
        }
        SelectItemGroup scenarios = new SelectItemGroup(Faces.getBundleString("assign.scenarios"));
        scenarios.setSelectItems(practice.toArray(SelectItem[]::new));
        choices.add(scenarios);
        return choices;
    }

    /** Who an assignment in this workshop can ask: the whole workshop (first), or one of its learners. */
    public List<SelectItem> targetChoices(GroupView group) {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", Faces.getBundleString("assign.wholeWorkshop")));
        getLearners().stream().filter(l -> group.learnerIds().contains(l.id()))
                .forEach(l -> choices.add(new SelectItem(String.valueOf(l.id()), l.displayName())));
        return choices;
    }

    /** The staff who can lead a workshop, as choices of a trainer form. */
    public List<SelectItem> getTrainerChoices() {
        if (staff == null) {
            staff = groups.possibleTrainers();
        }
        return staff.stream().map(s -> new SelectItem(String.valueOf(s.id()), s.displayName())).toList();
    }

    /** The learners the caller may put in a workshop, as choices of a member form. */
    public List<SelectItem> getLearnerChoices() {
        return getLearners().stream()
                .map(l -> new SelectItem(String.valueOf(l.id()), l.displayName() + " (" + l.username() + ")"))
                .toList();
    }

    /** What an item is, in words: "Parcours : …", "Module : …", "Exercice : … (guidé)". */
    public String itemTitle(AssignedItem item) {
        return switch (item.kind()) {
            case COURSE -> Faces.getBundleString("assign.kind.course") + " " + catalogue.catalogue().course(item.id())
                    .map(Course::title).orElse(item.id());
            case MODULE -> Faces.getBundleString("assign.kind.module") + " " + catalogue.module(item.id())
                    .map(Module::title).orElse(item.id());
            case SCENARIO -> Faces.getBundleString("assign.kind.scenario") + " " + sandbox.scenario(item.id())
                    .map(s -> s.title().in(localeBean.getLocale())).orElse(item.id())
                    + " (" + Faces.getBundleString("practice.mode." + item.mode()) + ")";
        };
    }

    public String dueText(LocalDate due) {
        return due == null ? "" : localeBean.longDate(due);
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public Map<Long, List<String>> getTrainers() {
        return trainers;
    }

    public Map<Long, List<String>> getMembers() {
        return members;
    }

    public Map<Long, String> getItems() {
        return items;
    }

    public Map<Long, String> getTargets() {
        return targets;
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
