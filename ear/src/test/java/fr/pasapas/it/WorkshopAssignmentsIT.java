package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.application.AssignedWork;
import fr.pasapas.people.application.EnrolmentService;
import fr.pasapas.people.application.GroupException;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.GroupView;
import fr.pasapas.people.application.LearnerAssignment;
import fr.pasapas.people.application.ScenarioAssignment;
import fr.pasapas.people.domain.AssignedItem;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workshops and assignments inside the running server, called as the people who use them: a trainer of one
 * organisation makes two workshops with a learner in both, asks a course of one, a module of the other and a
 * scenario of the learner alone; the learner reads each module once, soonest first. A trainer of another
 * organisation is refused every id of the first, exactly like an id that does not exist, and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopAssignmentsIT {

    private static final String COURSE = "decouvrir-appareil";
    private static final String OTHER_MODULE = "lire-email";
    private static final String SCENARIO = "caf-se-connecter";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(WorkshopAssignmentsIT.class, AsTrainerA.class, AsTrainerB.class, AsLearner.class);
    }

    @EJB
    private EnrolmentService enrolment;

    @EJB
    private GroupService groups;

    @EJB
    private AssignedWork assignedWork;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AsTrainerA trainerA;

    @EJB
    private AsTrainerB trainerB;

    @EJB
    private AsLearner learner;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Test
    void a_learner_in_two_workshops_sees_each_module_once_soonest_first_and_another_organisation_is_refused_everything()
            throws SQLException {
        long orgA = enrolment.organisation("Centre social A (ateliers)");
        long orgB = enrolment.organisation("PIMMS B (ateliers)");
        enrolment.account(orgA, "assign-trainer-a", "Awa Formatrice", Set.of(Role.TRAINER), "Formateur-Test-2026", false);
        long colleague = enrolment.account(orgA, "assign-trainer-a2", "Bruno Formateur", Set.of(Role.TRAINER), "Formateur-Test-2026", false);
        long trainerOfB = enrolment.account(orgB, "assign-trainer-b", "Chloé Formatrice", Set.of(Role.TRAINER), "Formateur-Test-2026", false);
        long learnerId = enrolment.account(orgA, "assign-learner", "Dalila Apprenante", Set.of(Role.LEARNER), "4321", false);
        long learnerOfB = enrolment.account(orgB, "assign-learner-b", "Émile Apprenant", Set.of(Role.LEARNER), "4321", false);
        forgetEarlierRuns(learnerId);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = PlatformTime.today(Clock.systemUTC());
        List<String> courseModules = catalogue.catalogue().course(COURSE).orElseThrow().modules().stream().map(Module::id).toList();
        String firstOfCourse = courseModules.get(0);
        String laterOfCourse = courseModules.get(2);

        // Trainer A: two workshops, the learner in both, a colleague leading the second one with her.
        long tuesday = trainerA.call(() -> groups.create("Mardi " + suffix));
        long thursday = trainerA.call(() -> groups.create("Jeudi " + suffix));
        trainerA.run(() -> groups.setMembers(tuesday, Set.of(learnerId)));
        trainerA.run(() -> groups.setMembers(thursday, Set.of(learnerId)));
        trainerA.run(() -> groups.setTrainers(thursday, Set.of(colleague, accountId("assign-trainer-a"))));
        trainerA.run(() -> groups.assignToWorkshop(tuesday, AssignedItem.course(COURSE), today.plusDays(10)));
        trainerA.run(() -> groups.assignToWorkshop(thursday, AssignedItem.module(laterOfCourse), today.plusDays(3)));
        trainerA.run(() -> groups.assignToWorkshop(thursday, AssignedItem.module(OTHER_MODULE), null));
        trainerA.run(() -> groups.assignToLearner(thursday, learnerId, AssignedItem.scenario(SCENARIO, "guided"), today.plusDays(5)));
        // The same form sent again: still one assignment, with the new date.
        trainerA.run(() -> groups.assignToWorkshop(thursday, AssignedItem.module(OTHER_MODULE), today.plusDays(20)));
        trainerA.run(() -> groups.assignToWorkshop(thursday, AssignedItem.module(OTHER_MODULE), today.plusDays(20)));
        assertEquals(1, count("select count(*) from assignment where group_id = " + thursday + " and item_id = '" + OTHER_MODULE + "'"),
                "assigning the same module twice keeps one assignment");

        List<LearnerAssignment> modules = learner.call(() -> assignedWork.modules());
        assertEquals(laterOfCourse, modules.get(0).moduleId(), "the module due soonest comes first: " + modules);
        assertEquals("Jeudi " + suffix, modules.get(0).groupName(), "with the workshop that asked it soonest");
        assertEquals(1, modules.stream().filter(m -> m.moduleId().equals(laterOfCourse)).count(),
                "a module asked by both workshops shows once: " + modules);
        assertEquals(firstOfCourse, modules.get(1).moduleId(), "then the course's modules, in the course's order: " + modules);
        assertEquals(today.plusDays(10), modules.get(1).dueDate());
        assertEquals(courseModules.size() + 1, modules.size(), "the course unfolds into all its modules, plus the other module");
        assertEquals(OTHER_MODULE, modules.get(modules.size() - 1).moduleId(), "the latest due date comes last: " + modules);
        List<ScenarioAssignment> scenarios = learner.call(() -> assignedWork.scenarios());
        assertEquals(List.of(new ScenarioAssignment(SCENARIO, "guided", today.plusDays(5), null)), scenarios,
                "the scenario asked of the learner alone, with its mode and date");

        List<GroupView> seenByA = trainerA.call(() -> groups.workshops());
        GroupView thursdayView = seenByA.stream().filter(g -> g.id() == thursday).findFirst().orElseThrow();
        assertEquals(List.of("Awa Formatrice", "Bruno Formateur"), thursdayView.trainers().stream().map(GroupView.Person::name).toList(),
                "the creator stays first among the trainers");
        assertEquals(1, thursdayView.memberAssignments().size(), "the workshop shows what its learner was asked alone");

        // Trainer B: every id of organisation A is refused like an unknown one, and nothing changes.
        long assignmentOfA = thursdayView.assignments().stream().filter(a -> a.item().equals(AssignedItem.module(OTHER_MODULE)))
                .findFirst().orElseThrow().id();
        assertRefused("groups.error.unknown", () -> trainerB.run(() -> groups.setMembers(tuesday, Set.of())));
        assertRefused("groups.error.unknown", () -> trainerB.run(() -> groups.rename(tuesday, "Pris")));
        assertRefused("groups.error.unknown", () -> trainerB.run(() -> groups.assignToWorkshop(tuesday, AssignedItem.module(OTHER_MODULE), null)));
        assertRefused("groups.error.unknown", () -> trainerB.run(() -> groups.setTrainers(tuesday, Set.of(trainerOfB))));
        assertRefused("groups.error.unknown", () -> trainerB.run(() -> groups.assignToLearner(tuesday, learnerId, AssignedItem.module(OTHER_MODULE), null)));
        assertRefused("groups.error.assignmentGone", () -> trainerB.run(() -> groups.unassign(assignmentOfA)));
        long ofB = trainerB.call(() -> groups.create("Atelier B " + suffix));
        assertRefused("groups.error.notYourLearner", () -> trainerB.run(() -> groups.setMembers(ofB, Set.of(learnerId, learnerOfB))));
        assertRefused("groups.error.notYourLearner", () -> trainerB.run(() -> groups.assignToLearner(ofB, learnerId, AssignedItem.module(OTHER_MODULE), null)));
        assertRefused("groups.error.notYourTrainer", () -> trainerB.run(() -> groups.setTrainers(ofB, Set.of(colleague))));
        assertTrue(trainerB.call(() -> groups.workshops()).stream().noneMatch(g -> g.id() == tuesday || g.id() == thursday),
                "the other organisation does not see the first one's workshops");
        assertEquals(2, count("select count(*) from workshop_trainer where group_id = " + thursday));
        assertEquals(1, count("select count(*) from group_member where group_id = " + tuesday));
        assertEquals(4, count("select count(*) from assignment where organisation_id = " + orgA + " and (group_id in ("
                + tuesday + ", " + thursday + ") or account_id = " + learnerId + ")"), "the refusals changed nothing");

        // Trainer A: what does not exist, or a date in the past, is refused too.
        assertRefused("groups.error.item", () -> trainerA.run(() -> groups.assignToWorkshop(tuesday, AssignedItem.scenario("no-such", "guided"), null)));
        assertRefused("groups.error.item", () -> trainerA.run(() -> groups.assignToWorkshop(tuesday, AssignedItem.scenario(SCENARIO, "fast"), null)));
        assertRefused("groups.error.item", () -> trainerA.run(() -> groups.assignToWorkshop(tuesday, AssignedItem.course("no-such"), null)));
        assertRefused("groups.error.dueDate", () -> trainerA.run(() -> groups.assignToWorkshop(tuesday, AssignedItem.module(OTHER_MODULE), today.minusDays(1))));
        assertRefused("groups.error.noTrainer", () -> trainerA.run(() -> groups.setTrainers(tuesday, Set.of())));
        assertRefused("groups.error.nameTaken", () -> trainerA.run(() -> groups.rename(tuesday, "Jeudi " + suffix)));

        trainerA.run(() -> groups.unassign(assignmentOfA));
        assertEquals(courseModules.size(), learner.call(() -> assignedWork.modules()).size(),
                "an assignment withdrawn leaves the learner's list");
        assertEquals(1, count("select count(*) from audit_event where action = 'UNASSIGNED' and subject = 'Jeudi " + suffix + "'"),
                "the withdrawal is in the audit log");
        assertEquals(0, count("select count(*) from audit_event e join account a on a.id = e.actor_id"
                + " where a.username = 'assign-trainer-b' and e.action <> 'WORKSHOP_CREATED'"), "a refusal leaves no line in the log");
    }

    @Test
    void the_same_module_assigned_eight_times_at_once_makes_one_assignment_and_no_error() throws Exception {
        long orgA = enrolment.organisation("Centre social A (ateliers)");
        enrolment.account(orgA, "assign-trainer-a", "Awa Formatrice", Set.of(Role.TRAINER), "Formateur-Test-2026", false);
        long workshop = trainerA.call(() -> groups.create("Double tap " + UUID.randomUUID().toString().substring(0, 6)));
        LocalDate due = PlatformTime.today(Clock.systemUTC()).plusDays(5);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> taps = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                taps.add(pool.submit(() -> {
                    start.await();
                    trainerA.run(() -> groups.assignToWorkshop(workshop, AssignedItem.module(OTHER_MODULE), due));
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> tap : taps) {
                tap.get(); // throws if one of them failed
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from assignment where group_id = " + workshop), "one assignment, not eight");
    }

    @Test
    void a_trainer_may_put_in_a_workshop_the_learners_of_their_workshops_and_those_in_none_never_another_trainers_alone() {
        long orgA = enrolment.organisation("Centre social A (ateliers)");
        enrolment.account(orgA, "assign-trainer-a", "Awa Formatrice", Set.of(Role.TRAINER), "Formateur-Test-2026", false);
        long colleague = enrolment.account(orgA, "assign-trainer-a2", "Bruno Formateur", Set.of(Role.TRAINER), "Formateur-Test-2026", false);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long mine = enrolment.account(orgA, "cand-mine-" + suffix, "Candidat Mien " + suffix, Set.of(Role.LEARNER), "4321", false);
        long theirs = enrolment.account(orgA, "cand-theirs-" + suffix, "Candidat Autre " + suffix, Set.of(Role.LEARNER), "4321", false);
        long nowhere = enrolment.account(orgA, "cand-none-" + suffix, "Candidat Libre " + suffix, Set.of(Role.LEARNER), "4321", false);
        long own = trainerA.call(() -> groups.create("Le mien " + suffix));
        long colleagues = trainerA.call(() -> groups.create("Le sien " + suffix));
        trainerA.run(() -> groups.setMembers(own, Set.of(mine)));
        trainerA.run(() -> groups.setMembers(colleagues, Set.of(theirs)));
        trainerA.run(() -> groups.setTrainers(colleagues, Set.of(colleague))); // no longer hers

        Set<Long> candidates = trainerA.call(() -> groups.memberCandidates()).stream()
                .map(fr.pasapas.people.application.AuthenticatedAccount::id).collect(java.util.stream.Collectors.toSet());
        assertTrue(candidates.contains(mine) && candidates.contains(nowhere), "her workshop's learner and one in none");
        assertFalse(candidates.contains(theirs), "a learner of a colleague's workshop alone is not offered to her");
        assertRefused("groups.error.notYourLearner", () -> trainerA.run(() -> groups.setMembers(own, Set.of(mine, theirs))));
        trainerA.run(() -> groups.setMembers(own, Set.of(mine, nowhere)));
        assertEquals(Set.of(mine, nowhere), Set.copyOf(trainerA.call(() -> groups.workshops()).stream()
                .filter(g -> g.id() == own).findFirst().orElseThrow().learnerIds()));
    }

    /** The accounts have fixed names (their run-as principals): a run on a kept database starts them afresh. */
    private void forgetEarlierRuns(long learnerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from group_member where learner_id = " + learnerId);
            s.executeUpdate("delete from assignment where account_id = " + learnerId);
        }
    }

    private static void assertRefused(String key, Runnable call) {
        try {
            call.run();
        } catch (GroupException e) {
            assertEquals(key, e.messageKey());
            return;
        }
        throw new AssertionError("expected the refusal " + key);
    }

    private long accountId(String username) {
        try {
            return count("select id from account where username = '" + username + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
