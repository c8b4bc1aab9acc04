package fr.pasapas.people.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AssignedItem;
import fr.pasapas.people.domain.Assignment;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.HelpingWorkshop;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.domain.WorkshopGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workshops, for the staff of their organisation: create and rename one, choose the trainers who lead it and
 * the learners who follow it (a learner may follow several), and ask of the whole workshop or of one of its
 * learners a course, a module or a practice scenario in a mode, with an optional due date. Every id is checked
 * against the caller's organisation and scope ({@link StaffScope}: a coordinator or an admin acts on every
 * workshop of the organisation, a trainer on the workshops they lead): another organisation's workshop,
 * learner or trainer, or a workshop out of scope, is refused exactly like one that does not exist, with a
 * message and no change. Each change is written to the audit log in the
 * same transaction. (Demo data is seeded through {@link EnrolmentService#workshop}, which has no caller.)
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class GroupService {

    /** Due dates further than this are surely a typing mistake. */
    private static final int MAX_YEARS_AHEAD = 2;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AuditLog audit;

    @EJB
    private StaffScope scope;

    @Inject
    private PracticeScenarios scenarios;

    private final Clock clock = Clock.systemUTC();

    /**
     * The workshops the caller may act on (all of the organisation's for a coordinator, those they lead for a
     * trainer), by name, in a constant number of queries however many workshops and members.
     */
    public List<GroupView> workshops() {
        AuthenticatedAccount me = caller();
        boolean all = scope.seesWholeOrganisation();
        return views(em.createNamedQuery("WorkshopGroup.ofOrganisationWithMembers", WorkshopGroup.class)
                .setParameter("organisationId", me.organisationId()).getResultStream()
                .filter(g -> all || g.getTrainerIds().contains(me.id())).toList());
    }

    /** The workshops of an organisation by name, names only. */
    public List<GroupName> namesOf(long organisationId) {
        return em.createQuery("select new " + GroupName.class.getName() + "(g.id, g.name) from WorkshopGroup g"
                        + " where g.organisationId = :organisationId order by g.name", GroupName.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    /**
     * Learners of an organisation by display name, from {@code first} (0-based), at most {@code max}; only the
     * members of a workshop of the organisation when {@code workshopId} is not null. Two queries: the page's ids,
     * then those accounts with their roles (an account's roles would otherwise be read one account at a time).
     */
    public List<AuthenticatedAccount> learners(long organisationId, Long workshopId, int first, int max) {
        var query = em.createQuery("select a.id from Account a where " + learnersOf(workshopId)
                        + " order by a.displayName, a.id", Long.class)
                .setParameter("organisationId", organisationId).setParameter("role", Role.LEARNER)
                .setFirstResult(first).setMaxResults(max);
        if (workshopId != null) {
            query.setParameter("workshopId", workshopId);
        }
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Account> byId = em.createQuery("select distinct a from Account a join fetch a.organisation"
                        + " left join fetch a.roles where a.id in :ids", Account.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Account::getId, a -> a));
        return ids.stream().map(byId::get).map(AccountService::toView).toList();
    }

    /** How many learners {@link #learners} pages through. One query. */
    public long countLearners(long organisationId, Long workshopId) {
        var query = em.createQuery("select count(a) from Account a where " + learnersOf(workshopId), Long.class)
                .setParameter("organisationId", organisationId).setParameter("role", Role.LEARNER);
        if (workshopId != null) {
            query.setParameter("workshopId", workshopId);
        }
        return query.getSingleResult();
    }

    private static String learnersOf(Long workshopId) {
        return "a.organisation.id = :organisationId and a.role = :role" + (workshopId == null ? "" : " and a.id in"
                + " (select m from WorkshopGroup g join g.learnerIds m where g.id = :workshopId and g.organisationId = :organisationId)");
    }

    /** The staff of the caller's organisation who can lead a workshop (trainers and coordinators), by name. */
    public List<AuthenticatedAccount> possibleTrainers() {
        return em.createQuery("select a from Account a join fetch a.organisation where a.organisation.id = :organisationId"
                        + " and a.role in :roles order by a.displayName, a.id", Account.class)
                .setParameter("organisationId", caller().organisationId())
                .setParameter("roles", List.of(Role.TRAINER, Role.PARTNER))
                .getResultStream().map(AccountService::toView).toList();
    }

    /** Creates a workshop led by the caller; its name must be new in the organisation. Returns its id. */
    public long create(String name) {
        AuthenticatedAccount caller = caller();
        String clean = freeName(caller.organisationId(), name, null);
        WorkshopGroup group = new WorkshopGroup(caller.organisationId(), caller.id(), clean, clock.instant());
        em.persist(group);
        em.flush();
        audit.record(AuditAction.WORKSHOP_CREATED, clean, null);
        return group.getId();
    }

    /** Gives a workshop a new name, new in the organisation (the same name again changes nothing). */
    public void rename(long groupId, String name) {
        WorkshopGroup group = owned(groupId);
        String clean = freeName(group.getOrganisationId(), name, groupId);
        if (!clean.equals(group.getName())) {
            audit.record(AuditAction.WORKSHOP_RENAMED, clean, group.getName());
            group.rename(clean);
        }
    }

    /** The trainers of a workshop become exactly these: at least one, each a trainer or coordinator of the organisation. */
    public void setTrainers(long groupId, Set<Long> trainerIds) {
        WorkshopGroup group = owned(groupId);
        if (trainerIds.isEmpty()) {
            throw new GroupException("groups.error.noTrainer");
        }
        Map<Long, String> staff = possibleTrainers().stream()
                .collect(Collectors.toMap(AuthenticatedAccount::id, AuthenticatedAccount::displayName));
        if (!staff.keySet().containsAll(trainerIds)) {
            throw new GroupException("groups.error.notYourTrainer");
        }
        if (!Set.copyOf(group.getTrainerIds()).equals(trainerIds)) {
            group.replaceTrainers(trainerIds);
            audit.record(AuditAction.WORKSHOP_TRAINERS_CHANGED, group.getName(),
                    String.join(", ", group.getTrainerIds().stream().map(staff::get).toList()));
        }
    }

    /**
     * The learners the caller may put in a workshop, by name: a coordinator's whole organisation; for a trainer,
     * the learners of the workshops they lead and those in no workshop yet (just enrolled), never the learners of
     * another trainer's workshop alone. One query.
     */
    public List<AuthenticatedAccount> memberCandidates() {
        AuthenticatedAccount me = caller();
        if (scope.seesWholeOrganisation()) {
            return accounts.learnersOf(me.organisationId());
        }
        return em.createQuery("select a from Account a join fetch a.organisation where a.organisation.id = :organisationId"
                        + " and a.role = :role and (a.id in (select m from WorkshopGroup g join g.learnerIds m"
                        + " where :me member of g.trainerIds) or a.id not in (select m from WorkshopGroup g join g.learnerIds m"
                        + " where g.organisationId = :organisationId)) order by a.displayName, a.id", Account.class)
                .setParameter("organisationId", me.organisationId()).setParameter("role", Role.LEARNER)
                .setParameter("me", me.id()).getResultStream().map(AccountService::toView).toList();
    }

    /**
     * The members of a workshop become exactly these learners: each one a member already or one the caller may
     * put in it ({@link #memberCandidates}).
     */
    public void setMembers(long groupId, Set<Long> learnerIds) {
        WorkshopGroup group = owned(groupId);
        Set<Long> ownLearners = memberCandidates().stream().map(AuthenticatedAccount::id)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        ownLearners.addAll(group.getLearnerIds());
        if (!ownLearners.containsAll(learnerIds)) {
            throw new GroupException("groups.error.notYourLearner");
        }
        if (!group.getLearnerIds().equals(learnerIds)) {
            group.replaceMembers(learnerIds);
            audit.record(AuditAction.WORKSHOP_MEMBERS_CHANGED, group.getName(), learnerIds.size() + " apprenant(s)");
        }
    }

    /**
     * Adds learners of the organisation to one of its workshops (enrolment, an import); the other members stay.
     * A learner of another organisation is refused like an unknown one. One query to check, whatever the number.
     */
    public void join(long groupId, long organisationId, java.util.Collection<Long> learnerIds) {
        WorkshopGroup group = owned(groupId);
        if (group.getOrganisationId() != organisationId) {
            throw new GroupException("groups.error.unknown");
        }
        if (learnerIds.isEmpty()) {
            return;
        }
        long own = em.createQuery("select count(a) from Account a where a.id in :ids and a.organisation.id = :organisationId"
                        + " and a.role = :role", Long.class)
                .setParameter("ids", Set.copyOf(learnerIds)).setParameter("organisationId", organisationId)
                .setParameter("role", Role.LEARNER).getSingleResult();
        if (own != Set.copyOf(learnerIds).size()) {
            throw new GroupException("groups.error.notYourLearner");
        }
        group.addMembers(learnerIds);
    }

    /** Asks something of every member of a workshop (again: only the due date changes). */
    public void assignToWorkshop(long groupId, AssignedItem item, LocalDate dueDate) {
        WorkshopGroup group = owned(groupId);
        String title = checked(item, dueDate);
        save(group, Assignment.toWorkshop(group.getOrganisationId(), groupId, item, dueDate, clock.instant()), dueDate);
        audit.record(AuditAction.ASSIGNED, group.getName(), detail(title, dueDate));
    }

    /** Asks something of one member of a workshop alone (again: only the due date changes). */
    public void assignToLearner(long groupId, long learnerId, AssignedItem item, LocalDate dueDate) {
        WorkshopGroup group = owned(groupId);
        if (!group.getLearnerIds().contains(learnerId)) {
            throw new GroupException("groups.error.notYourLearner");
        }
        String title = checked(item, dueDate);
        save(group, Assignment.toAccount(group.getOrganisationId(), learnerId, item, dueDate, clock.instant()), dueDate);
        audit.record(AuditAction.ASSIGNED, accountName(learnerId), detail(title, dueDate));
    }

    /** Withdraws an assignment of the caller's organisation. */
    public void unassign(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || assignment.getOrganisationId() != caller().organisationId()
                || !(assignment.getGroupId() != null ? inScope(em.find(WorkshopGroup.class, assignment.getGroupId()))
                : scope.mayFollow(assignment.getAccountId()))) {
            throw new GroupException("groups.error.assignmentGone");
        }
        String subject = assignment.getGroupId() != null ? em.find(WorkshopGroup.class, assignment.getGroupId()).getName()
                : accountName(assignment.getAccountId());
        audit.record(AuditAction.UNASSIGNED, subject, title(assignment.getItem()));
        em.remove(assignment);
    }

    /**
     * Stores an assignment, or only its new date when it exists. Assignments of a workshop are written one at a
     * time (its row lock), and the existing one is read with a locking read, which sees what was committed
     * meanwhile: two trainers (or a double tap) assigning the same thing at once make one row, never a key error.
     */
    private void save(WorkshopGroup group, Assignment candidate, LocalDate dueDate) {
        em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        AssignedItem item = candidate.getItem();
        em.createNamedQuery("Assignment.of", Assignment.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("target", Assignment.target(candidate.getGroupId(), candidate.getAccountId()))
                .setParameter("kind", item.kind()).setParameter("itemId", item.id()).setParameter("mode", item.mode())
                .getResultStream().findFirst()
                .ifPresentOrElse(a -> a.changeDueDate(dueDate), () -> em.persist(candidate));
    }

    /** The item's title when it exists and the date is acceptable; refused otherwise. */
    private String checked(AssignedItem item, LocalDate dueDate) {
        if (item == null) {
            throw new GroupException("groups.error.item");
        }
        LocalDate today = PlatformTime.today(clock);
        if (dueDate != null && (dueDate.isBefore(today) || dueDate.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            throw new GroupException("groups.error.dueDate");
        }
        String title = title(item);
        if (title == null) {
            throw new GroupException("groups.error.item");
        }
        return title;
    }

    /**
     * The title of what is assigned, or null when the learners' catalogue (never a staff course) or the sandbox
     * does not have it.
     */
    private String title(AssignedItem item) {
        return switch (item.kind()) {
            case COURSE -> catalogue.catalogue().openTo(false).course(item.id()).map(Course::title).orElse(null);
            case MODULE -> catalogue.moduleOpenTo(item.id(), false).map(Module::title).orElse(null);
            case SCENARIO -> scenarios.title(item.id(), item.mode()).map(t -> t + " (" + item.mode() + ")").orElse(null);
        };
    }

    /**
     * The trainer who answers the learner's help request on a module ({@link HelpingWorkshop}): of the learner's
     * workshops that have a trainer, the one that has the module assigned (alone or in its course), else the
     * most recent; empty without such a workshop. Two queries. Open to any caller: the help context asks it on
     * the learner's behalf, and it reveals nothing beyond an account id to another service.
     */
    @PermitAll
    public Optional<Long> trainerFor(long learnerId, String moduleId) {
        List<WorkshopGroup> groups = em.createNamedQuery("WorkshopGroup.ofLearner", WorkshopGroup.class)
                .setParameter("learnerId", learnerId).getResultList().stream()
                .filter(g -> !g.getTrainerIds().isEmpty()).toList();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Set<String>> modules = em.createNamedQuery("Assignment.ofGroups", Assignment.class)
                .setParameter("groupIds", groups.stream().map(WorkshopGroup::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(Assignment::getGroupId,
                        Collectors.flatMapping(a -> modulesOf(a.getItem()).stream(), Collectors.toSet())));
        return HelpingWorkshop.forModule(groups.stream().map(g -> new HelpingWorkshop.Candidate(g.getId(),
                g.getTrainerIds().get(0), g.getCreatedAt(), modules.getOrDefault(g.getId(), Set.of()))).toList(), moduleId)
                .map(HelpingWorkshop.Candidate::trainerId);
    }

    /** The modules an assignment asks for: one, a course's, or none (a practice scenario). */
    private List<String> modulesOf(AssignedItem item) {
        return switch (item.kind()) {
            case MODULE -> List.of(item.id());
            case COURSE -> catalogue.catalogue().course(item.id()).map(c -> c.modules().stream().map(Module::id).toList())
                    .orElse(List.of());
            case SCENARIO -> List.of();
        };
    }


    private static String detail(String title, LocalDate dueDate) {
        return dueDate == null ? title : title + " – " + dueDate;
    }

    private String accountName(long accountId) {
        return accounts.findById(accountId).map(AuthenticatedAccount::displayName).orElse("?");
    }

    private String freeName(long organisationId, String name, Long renamed) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > WorkshopGroup.MAX_NAME) {
            throw new GroupException("groups.error.name");
        }
        boolean taken = em.createNamedQuery("WorkshopGroup.byName", WorkshopGroup.class)
                .setParameter("organisationId", organisationId).setParameter("name", clean).getResultStream()
                .anyMatch(g -> !g.getId().equals(renamed));
        if (taken) {
            throw new GroupException("groups.error.nameTaken");
        }
        return clean;
    }

    private WorkshopGroup owned(long groupId) {
        WorkshopGroup group = em.find(WorkshopGroup.class, groupId);
        if (group == null || group.getOrganisationId() != caller().organisationId() || !inScope(group)) {
            throw new GroupException("groups.error.unknown");
        }
        return group;
    }

    /** A workshop of the caller's organisation that the caller may act on: a coordinator's, or one they lead. */
    private boolean inScope(WorkshopGroup group) {
        return scope.seesWholeOrganisation() || group.getTrainerIds().contains(caller().id());
    }

    private AuthenticatedAccount caller() {
        return scope.caller();
    }

    /** Workshops with their trainers' names and their assignments: three more queries for all of them. */
    private List<GroupView> views(List<WorkshopGroup> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Long> ids = groups.stream().map(WorkshopGroup::getId).toList();
        Map<Long, List<GroupView.Assigned>> assigned = em.createNamedQuery("Assignment.ofGroups", Assignment.class)
                .setParameter("groupIds", ids).getResultStream()
                .collect(Collectors.groupingBy(Assignment::getGroupId, LinkedHashMap::new,
                        Collectors.mapping(GroupService::assigned, Collectors.toList())));
        Set<Long> members = groups.stream().flatMap(g -> g.getLearnerIds().stream()).collect(Collectors.toSet());
        Map<Long, List<GroupView.Assigned>> personal = members.isEmpty() ? Map.of()
                : em.createNamedQuery("Assignment.ofAccounts", Assignment.class).setParameter("accountIds", members)
                .getResultStream().collect(Collectors.groupingBy(Assignment::getAccountId, LinkedHashMap::new,
                        Collectors.mapping(GroupService::assigned, Collectors.toList())));
        Map<Long, List<Long>> trainerIds = new HashMap<>();
        em.createNamedQuery("WorkshopGroup.trainersOf", Object[].class).setParameter("groupIds", ids).getResultList()
                .forEach(row -> trainerIds.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        Map<Long, String> names = new HashMap<>();
        List<Long> allTrainers = trainerIds.values().stream().flatMap(List::stream).distinct().toList();
        if (!allTrainers.isEmpty()) {
            em.createNamedQuery("Account.namesOf", Object[].class).setParameter("ids", allTrainers)
                    .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return groups.stream().map(g -> new GroupView(g.getId(), g.getName(),
                trainerIds.getOrDefault(g.getId(), List.of()).stream()
                        .map(t -> new GroupView.Person(t, names.getOrDefault(t, "?"))).toList(),
                g.getLearnerIds(), assigned.getOrDefault(g.getId(), List.of()),
                g.getLearnerIds().stream().flatMap(m -> personal.getOrDefault(m, List.of()).stream())
                        .sorted(java.util.Comparator.comparing(GroupView.Assigned::id)).toList())).toList();
    }

    private static GroupView.Assigned assigned(Assignment a) {
        return new GroupView.Assigned(a.getId(), a.getAccountId(), a.getItem(), a.getDueDate());
    }
}
