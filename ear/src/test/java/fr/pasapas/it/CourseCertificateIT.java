package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.certificates.application.CourseCertificates;
import fr.pasapas.certificates.application.WorkshopCertificates;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.Mode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Course certificates inside the running server, on the real datasource: issued when the course's rule is met by
 * completed modules and a scenario passed in its mode (and not before), exactly once however many requests issue
 * it at the same time, and reissued under a corrected name with the same code.
 */
@ExtendWith(ArquillianExtension.class)
class CourseCertificateIT {

    private static final String CAF = "caf-se-connecter";
    private static final String NIR = "1 84 13 99 999 902";
    private static final String PASSWORD = "Yanis-Foot-9";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(CourseCertificateIT.class, AsDemoCoordinator.class, AsTrainer.class);
    }

    @EJB
    private CatalogueService catalogue;

    @EJB
    private ProgressService progress;

    @EJB
    private SandboxService sandbox;

    @EJB
    private AccountService accounts;

    @EJB
    private CertificateService certificates;

    @EJB
    private CourseCertificates courseCertificates;

    @EJB
    private WorkshopCertificates workshopCertificates;

    @EJB
    private AsDemoCoordinator coordinator;

    @EJB
    private AsTrainer trainer;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Test
    void completing_the_modules_is_not_enough_until_the_scenario_is_passed_alone_then_the_certificate_is_issued()
            throws SQLException {
        long learner = newLearner("Aïcha Benali");
        Course course = catalogue.course("papiers-en-ligne").orElseThrow();
        passedRun(learner, "franceconnect-impots", Mode.HINTS);
        for (Module module : course.modules()) {
            progress.completeWithCorrectAnswers(learner, module.id());
        }
        assertTrue(certificates.courseCode(learner, course.id()).isEmpty(),
                "the rule asks the CAF login alone: modules and a practice in another mode do not earn it");
        passCafLogin(learner, Mode.HINTS);
        assertTrue(certificates.courseCode(learner, course.id()).isEmpty(), "with hints is not alone");

        passCafLogin(learner, Mode.ALONE);

        String code = certificates.courseCode(learner, course.id()).orElseThrow(
                () -> new AssertionError("passing the last practice alone should issue the course certificate"));
        CertificateView issued = certificates.findByCode(code).orElseThrow();
        assertTrue(issued.course());
        assertEquals("Aïcha Benali", issued.learnerName());
        assertEquals(course.title(), issued.courseTitle());
        assertEquals(course.modules().stream().map(Module::title).toList(), issued.moduleTitles());
        assertEquals(2, issued.practices().size());
        assertTrue(issued.practices().get(1).endsWith("(en autonomie)"), issued.practices().toString());
        assertEquals(List.copyOf(course.certificateCompetences().keySet()), issued.competences());
        assertEquals(3, issued.competenceLevels().get(issued.competences().indexOf("4.2")));
        assertEquals(course.modules().stream().mapToInt(Module::estimatedMinutes).sum(), issued.estimatedMinutes());
        assertEquals(1, count("select count(*) from certificate where kind = 'COURSE' and learner_id = " + learner));
        assertEquals(course.modules().size(), count("select count(*) from certificate where kind = 'MODULE'"
                + " and learner_id = " + learner), "module certificates stay");
    }

    @Test
    void eight_requests_issuing_the_same_certificate_at_once_make_one_row_and_give_the_same_code() throws Exception {
        long learner = newLearner("Nguyễn Thị Hoa");
        Course course = catalogue.course("chercher-internet").orElseThrow();
        for (Module module : course.modules()) {
            progress.completeWithCorrectAnswers(learner, module.id());
        }
        assertTrue(certificates.courseCode(learner, course.id()).isEmpty(), "the search practice is not passed yet");
        passedRun(learner, "moteur-impots", Mode.ALONE);

        List<Callable<Optional<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> courseCertificates.issueIfEarned(learner, course.id()));
        }
        List<Optional<String>> codes = runAtOnce(calls);

        assertEquals(1, codes.stream().map(Optional::orElseThrow).distinct().count(), "one code for all: " + codes);
        assertEquals(1, count("select count(*) from certificate where kind = 'COURSE' and learner_id = " + learner));
        assertEquals(codes.get(0), certificates.courseCode(learner, course.id()));
    }

    @Test
    void a_corrected_name_is_reissued_by_the_coordinator_with_the_same_code_and_a_new_pdf() throws Exception {
        long learner = newLearner("Mohamed Diallo");
        Course course = catalogue.course("bureautique").orElseThrow();
        for (Module module : course.modules()) {
            progress.completeWithCorrectAnswers(learner, module.id());
        }
        String code = certificates.courseCode(learner, course.id()).orElseThrow(
                () -> new AssertionError("a course without practice is earned by its modules and checks"));
        assertFalse(coordinator.call(() -> workshopCertificates.reissue(code)), "nothing to correct yet");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update account set display_name = 'Mohammed Diallo' where id = " + learner);
        }
        assertThrows(EJBAccessException.class, () -> trainer.call(() -> workshopCertificates.reissue(code)),
                "a trainer does not reissue certificates");

        assertTrue(coordinator.call(() -> workshopCertificates.reissue(code)));

        CertificateView reissued = certificates.findByCode(code).orElseThrow();
        assertEquals("Mohammed Diallo", reissued.learnerName());
        assertNotNull(reissued.reissuedOn());
        assertEquals(code, certificates.courseCode(learner, course.id()).orElseThrow(), "the code stays");
        assertEquals(1, count("select count(*) from certificate where kind = 'COURSE' and learner_id = " + learner));
        assertEquals(1, count("select count(*) from audit_event where action = 'CERTIFICATE_REISSUED'"
                + " and detail like '" + code + "%'"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(certificatePdf(code))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Mohammed Diallo") && text.contains("(nom corrigé)") && text.contains(code), text);
    }

    /** The PDF as the service renders it for anyone holding the view (the servlet gives it to its holder only). */
    private byte[] certificatePdf(String code) throws Exception {
        Class<?> pdfs = Class.forName("fr.pasapas.certificates.application.CertificatePdfs");
        java.lang.reflect.Method render = pdfs.getDeclaredMethod("pdf", CertificateView.class);
        render.setAccessible(true);
        return (byte[]) render.invoke(null, certificates.findByCode(code).orElseThrow());
    }

    private void passCafLogin(long learner, Mode mode) {
        long run = sandbox.start(learner, CAF, mode).runId();
        List<Action> beforeCode = List.of(new Action.Press("mon-compte"), new Action.Press("se-connecter"),
                new Action.Fill("nir", NIR, false), new Action.Fill("mot-de-passe", PASSWORD, false),
                new Action.Press("connexion"), new Action.Press("envoyer-code"), new Action.Open("messagerie"),
                new Action.Press("code-caf"), new Action.Open("caf"));
        RunView view = null;
        for (Action action : beforeCode) {
            view = sandbox.act(learner, run, action, token());
        }
        sandbox.act(learner, run, new Action.Fill("code", view.state().latestCode().orElseThrow(), false), token());
        RunView passed = sandbox.act(learner, run, new Action.Press("valider-code"), token());
        assertTrue(passed.state().result().orElseThrow().passed(), "the CAF login should pass in " + mode);
    }

    /** A run of a scenario passed in a mode, as the sandbox stores it (the practice itself is tested elsewhere). */
    private void passedRun(long learner, String scenario, Mode mode) throws SQLException {
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(
                "insert into sandbox_run (learner_id, scenario_id, mode, seed, started_at, finished_at, outcome, passed)"
                        + " values (?, ?, ?, 1, current_timestamp, current_timestamp, 'REACHED', true)")) {
            insert.setLong(1, learner);
            insert.setString(2, scenario);
            insert.setString(3, mode.name());
            insert.executeUpdate();
        }
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private static <T> List<T> runAtOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long newLearner(String displayName) throws SQLException {
        long organisation = accounts.findByUsername("apprenant1").orElseThrow().organisationId();
        String username = "cert-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            try (var insert = c.prepareStatement(
                    "insert into account (organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                            + " created_at, version) values (?, ?, ?, 'LEARNER', 'x', false, 0, current_timestamp, 0)")) {
                insert.setLong(1, organisation);
                insert.setString(2, username);
                insert.setString(3, displayName);
                insert.executeUpdate();
            }
        }
        return accounts.findByUsername(username).orElseThrow().id();
    }
}
