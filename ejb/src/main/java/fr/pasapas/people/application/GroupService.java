package fr.pasapas.people.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.GroupAssignment;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.domain.WorkshopGroup;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workshops: a trainer groups learners of their organisation and assigns them modules. Every change is
 * checked against the organisation of the caller: nobody touches another organisation's workshops.
 */
@Stateless
public class GroupService {

    /** Due dates further than this are surely a typing mistake. */
    private static final int MAX_YEARS_AHEAD = 2;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogueService catalogue;

    private final Clock clock = Clock.systemUTC();

    /** The workshops of an organisation by name, in three queries however many workshops and members. */
    public List<GroupView> groupsOf(long organisationId) {
        return views(em.createNamedQuery("WorkshopGroup.ofOrganisationWithMembers", WorkshopGroup.class)
                .setParameter("organisationId", organisationId).getResultList());
    }

    public GroupView group(long groupId, long organisationId) {
        return views(List.of(owned(groupId, organisationId))).get(0);
    }

    /** The workshops of an organisation by name, names only. */
    public List<GroupName> namesOf(long organisationId) {
        return em.createQuery("select new " + GroupName.class.getName() + "(g.id, g.name) from WorkshopGroup g"
                        + " where g.organisationId = :organisationId order by g.name", GroupName.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    /**
     * Learners of an organisation by display name, from {@code first} (0-based), at most {@code max}; only the
     * members of a workshop of the organisation when {@code workshopId} is not null. One query.
     */
    public List<AuthenticatedAccount> learners(long organisationId, Long workshopId, int first, int max) {
        var query = em.createQuery("select a from Account a join fetch a.organisation where " + learnersOf(workshopId)
                        + " order by a.displayName, a.id", Account.class)
                .setParameter("organisationId", organisationId).setParameter("role", Role.LEARNER)
                .setFirstResult(first).setMaxResults(max);
        if (workshopId != null) {
            query.setParameter("workshopId", workshopId);
        }
        return query.getResultStream().map(AccountService::toView).toList();
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

    /** Creates a workshop; its name must be new in the organisation. Returns its id. */
    public long createGroup(long organisationId, long trainerId, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > WorkshopGroup.MAX_NAME) {
            throw new GroupException("groups.error.name");
        }
        boolean taken = !em.createNamedQuery("WorkshopGroup.byName", WorkshopGroup.class)
                .setParameter("organisationId", organisationId).setParameter("name", clean).getResultList().isEmpty();
        if (taken) {
            throw new GroupException("groups.error.nameTaken");
        }
        WorkshopGroup group = new WorkshopGroup(organisationId, trainerId, clean, clock.instant());
        em.persist(group);
        em.flush();
        return group.getId();
    }

    /** The members of a workshop become exactly these learners, who must all belong to the organisation. */
    public void setMembers(long groupId, long organisationId, Set<Long> learnerIds) {
        WorkshopGroup group = owned(groupId, organisationId);
        Set<Long> ownLearners = accounts.learnersOf(organisationId).stream().map(AuthenticatedAccount::id)
                .collect(Collectors.toSet());
        if (!ownLearners.containsAll(learnerIds)) {
            throw new GroupException("groups.error.notYourLearner");
        }
        group.replaceMembers(learnerIds);
    }

    /**
     * Adds learners of the organisation to one of its workshops (enrolment, an import); the other members stay.
     * A learner of another organisation is refused like an unknown one. One query to check, whatever the number.
     */
    public void join(long groupId, long organisationId, java.util.Collection<Long> learnerIds) {
        WorkshopGroup group = owned(groupId, organisationId);
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

    /** Assigns a module (again: only the due date changes). */
    public void assign(long groupId, long organisationId, String moduleId, LocalDate dueDate) {
        owned(groupId, organisationId);
        if (catalogue.moduleOpenTo(moduleId, false).isEmpty()) { // a workshop of learners: never a staff course
            throw new GroupException("groups.error.module");
        }
        LocalDate today = fr.pasapas.config.PlatformTime.today(clock);
        if (dueDate != null && (dueDate.isBefore(today) || dueDate.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            throw new GroupException("groups.error.dueDate");
        }
        em.createNamedQuery("GroupAssignment.of", GroupAssignment.class)
                .setParameter("groupId", groupId).setParameter("moduleId", moduleId).getResultStream().findFirst()
                .ifPresentOrElse(a -> a.changeDueDate(dueDate),
                        () -> em.persist(new GroupAssignment(groupId, moduleId, dueDate, clock.instant())));
    }

    public void unassign(long groupId, long organisationId, String moduleId) {
        owned(groupId, organisationId);
        em.createNamedQuery("GroupAssignment.of", GroupAssignment.class)
                .setParameter("groupId", groupId).setParameter("moduleId", moduleId).getResultStream()
                .forEach(em::remove);
    }

    /**
     * The modules assigned to a learner through their workshops, soonest due date first (no date last); a
     * module assigned by two workshops appears once, with the earlier date.
     */
    public List<LearnerAssignment> assignmentsOf(long learnerId) {
        List<WorkshopGroup> groups = em.createNamedQuery("WorkshopGroup.ofLearner", WorkshopGroup.class)
                .setParameter("learnerId", learnerId).getResultList();
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        groups.forEach(g -> names.put(g.getId(), g.getName()));
        Map<String, LearnerAssignment> byModule = new LinkedHashMap<>();
        for (GroupAssignment a : em.createNamedQuery("GroupAssignment.ofGroups", GroupAssignment.class)
                .setParameter("groupIds", names.keySet()).getResultList()) {
            if (catalogue.module(a.getModuleId()).isEmpty()) {
                continue; // removed from the catalogue since
            }
            LearnerAssignment candidate = new LearnerAssignment(a.getModuleId(), a.getDueDate(), names.get(a.getGroupId()));
            byModule.merge(a.getModuleId(), candidate, (x, y) -> EARLIEST.compare(x, y) <= 0 ? x : y);
        }
        return byModule.values().stream().sorted(EARLIEST).toList();
    }

    private static final Comparator<LearnerAssignment> EARLIEST = Comparator.comparing(LearnerAssignment::dueDate,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private WorkshopGroup owned(long groupId, long organisationId) {
        WorkshopGroup group = em.find(WorkshopGroup.class, groupId);
        if (group == null || group.getOrganisationId() != organisationId) {
            throw new GroupException("groups.error.unknown");
        }
        return group;
    }

    /** Workshops with their trainer's name and their assignments: two more queries for all of them. */
    private List<GroupView> views(List<WorkshopGroup> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, List<GroupView.Assigned>> assigned = em.createNamedQuery("GroupAssignment.ofGroups", GroupAssignment.class)
                .setParameter("groupIds", groups.stream().map(WorkshopGroup::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(GroupAssignment::getGroupId, LinkedHashMap::new,
                        Collectors.mapping(a -> new GroupView.Assigned(a.getModuleId(), a.getDueDate()), Collectors.toList())));
        Map<Long, String> trainers = new HashMap<>();
        em.createNamedQuery("Account.namesOf", Object[].class)
                .setParameter("ids", groups.stream().map(WorkshopGroup::getTrainerId).distinct().toList())
                .getResultList().forEach(row -> trainers.put((Long) row[0], (String) row[1]));
        return groups.stream().map(g -> new GroupView(g.getId(), g.getName(), trainers.getOrDefault(g.getTrainerId(), ""),
                g.getLearnerIds(), assigned.getOrDefault(g.getId(), List.of()))).toList();
    }
}
