package fr.pasapas.people.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AssignedItem;
import fr.pasapas.people.domain.Assignment;
import fr.pasapas.people.domain.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training the helpers: a coordinator asks the trainers and coordinators of their organisation (themselves
 * included) to follow the staff courses ({@code audience: staff} or {@code all}) or one of their modules, with
 * an optional due date, and sees how far each member has gone. What is asked reaches the member's own
 * "Me former" list first ({@link AssignedWork}), as a workshop's assignments reach its learners.
 */
@Stateless
@RolesAllowed({"PARTNER", "ADMIN"})
public class StaffTraining {

    /** A due date may be set up to this many years ahead, as for workshops. */
    private static final int MAX_YEARS_AHEAD = 2;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private StaffScope scope;

    @EJB
    private StaffAccounts staffAccounts;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** What may be asked of staff: each staff course, then each of its modules, in the catalogue's order. */
    public List<TrainingItem> offer() {
        List<TrainingItem> items = new ArrayList<>();
        for (Course course : staffCourses()) {
            items.add(new TrainingItem(AssignedItem.course(course.id()).text(), course.title(), null));
            for (Module module : course.modules()) {
                items.add(new TrainingItem(AssignedItem.module(module.id()).text(), module.title(), course.title()));
            }
        }
        return items;
    }

    /**
     * The members of the caller's organisation with what they were asked and how far they have gone in the
     * staff courses: two queries besides the list of members, whatever their number.
     */
    public List<StaffTrainingRow> team() {
        List<StaffSummary> staff = staffAccounts.staff();
        Set<Long> ids = staff.stream().map(StaffSummary::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = offer().stream().collect(Collectors.toMap(TrainingItem::value, TrainingItem::label));
        Map<Long, List<StaffTrainingRow.Asked>> asked = em.createNamedQuery("Assignment.ofAccounts", Assignment.class)
                .setParameter("accountIds", ids).getResultStream()
                .filter(a -> titles.containsKey(a.getItem().text()))
                .collect(Collectors.groupingBy(Assignment::getAccountId, Collectors.mapping(
                        a -> new StaffTrainingRow.Asked(a.getId(), titles.get(a.getItem().text()), a.getDueDate()),
                        Collectors.toList())));
        Set<String> staffModules = staffCourses().stream().flatMap(c -> c.modules().stream()).map(Module::id)
                .collect(Collectors.toSet());
        Map<Long, Long> done = staffModules.isEmpty() ? Map.of() : em.createQuery(
                        "select p.learnerId, count(p) from ModuleProgress p where p.learnerId in :ids"
                                + " and p.moduleId in :modules and p.completedAt is not null group by p.learnerId", Object[].class)
                .setParameter("ids", ids).setParameter("modules", staffModules).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        return staff.stream().map(s -> new StaffTrainingRow(s.id(), s.displayName(),
                asked.getOrDefault(s.id(), List.of()), done.getOrDefault(s.id(), 0L).intValue(), staffModules.size()))
                .toList();
    }

    /**
     * Asks each of these members of the caller's organisation to follow a staff course or module (again: only
     * the due date changes). Each member's assignments are written under their account's row lock, taken in
     * the order of their ids, with a locking read: a double tap or two coordinators at once make one row.
     */
    public void assign(Collection<Long> staffIds, AssignedItem item, LocalDate dueDate) {
        String title = checked(item, dueDate);
        if (staffIds == null || staffIds.isEmpty()) {
            throw new StaffAccountException("training.error.nobody");
        }
        long organisationId = scope.caller().organisationId();
        Map<Long, StaffSummary> own = staffAccounts.staff().stream()
                .collect(Collectors.toMap(StaffSummary::id, Function.identity()));
        Set<Long> wanted = new TreeSet<>(staffIds);
        if (!own.keySet().containsAll(wanted)) {
            throw new StaffAccountException("staff.error.unknown");
        }
        for (long staffId : wanted) {
            em.find(Account.class, staffId, LockModeType.PESSIMISTIC_WRITE);
            em.createNamedQuery("Assignment.of", Assignment.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setParameter("target", Assignment.target(null, staffId))
                    .setParameter("kind", item.kind()).setParameter("itemId", item.id()).setParameter("mode", item.mode())
                    .getResultStream().findFirst()
                    .ifPresentOrElse(a -> a.changeDueDate(dueDate), () -> em.persist(
                            Assignment.toAccount(organisationId, staffId, item, dueDate, clock.instant())));
            audit.record(AuditAction.ASSIGNED, own.get(staffId).displayName(),
                    title + (dueDate == null ? "" : " (" + dueDate + ")"));
        }
    }

    /** Withdraws a training asked of a member of the caller's organisation. */
    public void unassign(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        Map<Long, StaffSummary> own = staffAccounts.staff().stream()
                .collect(Collectors.toMap(StaffSummary::id, Function.identity()));
        Optional<String> title = assignment == null ? Optional.empty() : title(assignment.getItem());
        if (assignment == null || assignment.getAccountId() == null || !own.containsKey(assignment.getAccountId())
                || title.isEmpty()) {
            throw new StaffAccountException("training.error.gone");
        }
        audit.record(AuditAction.UNASSIGNED, own.get(assignment.getAccountId()).displayName(), title.get());
        em.remove(assignment);
    }

    private String checked(AssignedItem item, LocalDate dueDate) {
        if (item == null) {
            throw new StaffAccountException("training.error.item");
        }
        LocalDate today = PlatformTime.today(clock);
        if (dueDate != null && (dueDate.isBefore(today) || dueDate.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            throw new StaffAccountException("training.error.dueDate");
        }
        return title(item).orElseThrow(() -> new StaffAccountException("training.error.item"));
    }

    /** The title of a staff course or of one of its modules; empty for anything else (a learners' module, a forged value). */
    private Optional<String> title(AssignedItem item) {
        return offer().stream().filter(i -> i.value().equals(item.text())).findFirst().map(TrainingItem::label);
    }

    private List<Course> staffCourses() {
        return catalogue.catalogue().courses().stream().filter(c -> c.audience().forStaff()).toList();
    }
}
