package fr.pasapas.people.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.people.domain.GroupAssignment;
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

    public List<GroupView> groupsOf(long organisationId) {
        return em.createNamedQuery("WorkshopGroup.ofOrganisation", WorkshopGroup.class)
                .setParameter("organisationId", organisationId).getResultStream()
                .map(this::toView).toList();
    }

    public GroupView group(long groupId, long organisationId) {
        return toView(owned(groupId, organisationId));
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

    /** Assigns a module (again: only the due date changes). */
    public void assign(long groupId, long organisationId, String moduleId, LocalDate dueDate) {
        owned(groupId, organisationId);
        if (catalogue.module(moduleId).isEmpty()) {
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

    private GroupView toView(WorkshopGroup g) {
        String trainer = accounts.findById(g.getTrainerId()).map(AuthenticatedAccount::displayName).orElse("");
        List<GroupView.Assigned> assigned = em.createNamedQuery("GroupAssignment.ofGroup", GroupAssignment.class)
                .setParameter("groupId", g.getId()).getResultStream()
                .map(a -> new GroupView.Assigned(a.getModuleId(), a.getDueDate())).toList();
        return new GroupView(g.getId(), g.getName(), trainer, g.getLearnerIds(), assigned);
    }
}
