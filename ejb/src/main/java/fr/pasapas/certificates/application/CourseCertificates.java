package fr.pasapas.certificates.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.CertificateRule;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.DigComp;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.learning.application.LearnerResults;
import fr.pasapas.learning.application.ModuleCompleted;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.LearnerLock;
import fr.pasapas.people.domain.Role;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.application.ScenarioPassed;
import fr.pasapas.sandbox.domain.Mode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issues course certificates: when a learner completes a module or passes a scenario, each course whose certificate
 * rule this may have met is evaluated again on the learner's stored results (never on what a form said), in the
 * transaction that recorded the completion or the pass. A met rule issues exactly one certificate per learner and
 * course, however often or concurrently anything is clicked: the insert happens under the learner's row lock
 * ({@link LearnerLock}) after a check that reads committed rows, so concurrent requests find the first one's row
 * and insert nothing; the unique key (learner_id, course_id) guards the database itself. Nothing is retried.
 * Certificates attest learners' skills: a member of staff gets none, and a staff course has no rule.
 */
@Stateless
public class CourseCertificates {

    /** The modes' words on a certificate, from the sandbox's mode names. */
    private static final Map<String, String> MODE_WORDS = Map.of("guided", "mode guidé", "hints", "avec des indices",
            "alone", "en autonomie");

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AccountService accounts;

    @EJB
    private LearnerResults results;

    @EJB
    private SandboxService sandbox;

    @EJB
    private GroupService groups;

    @Inject
    private LearnerLock lock;

    private final Clock clock = Clock.systemUTC();

    /** A completed module may complete its course's rule. */
    public void onModuleCompleted(@Observes ModuleCompleted completed) {
        for (Course course : learnersCourses()) {
            if (course.certificateRule().map(r -> r.modules().contains(completed.moduleId())).orElse(false)) {
                issueIfEarned(completed.learnerId(), course.id());
            }
        }
    }

    /** A passed scenario may complete the rule of every course that asks for it. */
    public void onScenarioPassed(@Observes ScenarioPassed passed) {
        for (Course course : learnersCourses()) {
            if (course.certificateRule().map(r -> r.practices().stream()
                    .anyMatch(p -> p.scenario().equals(passed.scenarioId()))).orElse(false)) {
                issueIfEarned(passed.learnerId(), course.id());
            }
        }
    }

    /**
     * Issues the learner's certificate of the course if its rule is met and none exists yet.
     *
     * @return the code of the learner's certificate of this course (issued now or before); empty while the rule is
     *         not met, for a course without a rule, and for an account that is not a learner's
     */
    public Optional<String> issueIfEarned(long learnerId, String courseId) {
        Optional<Course> found = catalogue.course(courseId).filter(c -> c.openTo(false) && c.certificateRule().isPresent());
        Optional<AuthenticatedAccount> learner = accounts.findById(learnerId).filter(a -> a.has(Role.LEARNER));
        if (found.isEmpty() || learner.isEmpty()) {
            return Optional.empty();
        }
        Course course = found.get();
        CertificateRule rule = course.certificateRule().get();
        Map<String, Set<String>> passedModes = new HashMap<>();
        for (CertificateRule.Practice practice : rule.practices()) {
            passedModes.computeIfAbsent(practice.scenario(), scenario -> sandbox.passedModes(learnerId, scenario)
                    .stream().map(CourseCertificates::name).collect(Collectors.toSet()));
        }
        Map<String, Integer> bestScores = new HashMap<>();
        for (String moduleId : rule.minScores().keySet()) {
            course.module(moduleId).flatMap(m -> {
                var best = results.bestCheckScore(learnerId, m);
                return best.isPresent() ? Optional.of(best.getAsInt()) : Optional.empty();
            }).ifPresent(score -> bestScores.put(moduleId, score));
        }
        CertificateRule.Results stored = new CertificateRule.Results(results.completedModules(learnerId), passedModes,
                bestScores);
        if (!rule.isMetBy(stored)) {
            return Optional.empty();
        }
        lock.lock(learnerId);
        Optional<Certificate> existing = find(learnerId, courseId);
        if (existing.isPresent()) {
            return existing.map(Certificate::getCode);
        }
        Certificate certificate = issue(learner.get(), course, rule, passedModes);
        em.persist(certificate);
        em.flush();
        return Optional.of(certificate.getCode());
    }

    private Certificate issue(AuthenticatedAccount learner, Course course, CertificateRule rule,
                              Map<String, Set<String>> passedModes) {
        List<Module> modules = rule.modules().stream().map(course::module).flatMap(Optional::stream).toList();
        List<String> practices = new ArrayList<>();
        for (CertificateRule.Practice practice : rule.practices()) {
            String best = hardest(passedModes.getOrDefault(practice.scenario(), Set.of()));
            String title = sandbox.scenario(practice.scenario()).map(s -> s.title().fr()).orElse(practice.scenario());
            practices.add(title + " (" + MODE_WORDS.get(best) + ")");
        }
        Map<String, Integer> levels = course.certificateCompetences();
        List<String> competences = List.copyOf(levels.keySet());
        List<String> names = competences.stream().map(c -> DigComp.frenchName(c).orElse(c)).toList();
        String trainer = groups.trainerFor(learner.id(), rule.modules().get(0))
                .flatMap(accounts::findById).map(AuthenticatedAccount::displayName).orElse(null);
        int version = modules.stream().mapToInt(Module::version).max().orElse(1);
        int minutes = modules.stream().mapToInt(Module::estimatedMinutes).sum();
        return Certificate.forCourse(CertificateCode.generate(), learner.id(), course.id(), version,
                learner.displayName(), course.title(), modules.stream().map(Module::title).toList(), practices,
                competences, names, competences.stream().map(levels::get).toList(), minutes,
                learner.organisationName(), trainer, clock.instant());
    }

    private Optional<Certificate> find(long learnerId, String courseId) {
        return em.createNamedQuery("Certificate.ofLearnerCourse", Certificate.class)
                .setParameter("learnerId", learnerId).setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    private List<Course> learnersCourses() {
        return catalogue.catalogue().openTo(false).courses();
    }

    private static String hardest(Set<String> modes) {
        return PracticeStep.MODES.stream().filter(modes::contains).reduce((a, b) -> b).orElse("guided");
    }

    private static String name(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
