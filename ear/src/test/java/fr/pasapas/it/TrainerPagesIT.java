package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.EnrolmentService;
import fr.pasapas.reporting.application.LearnerProgressRow;
import fr.pasapas.reporting.application.ProgressReportService;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trainer's pages inside the running server: they read the database in a constant number of statements
 * whatever the number of learners, and what they keep between requests (their view-scoped beans) can be
 * written out, as a session is when it is passivated or copied to another node.
 */
@ExtendWith(ArquillianExtension.class)
class TrainerPagesIT {

    private static final String PASSWORD = "Formateur-Test-2026";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(TrainerPagesIT.class, SqlStatements.class, SqlStatements.ThrowingRunnable.class,
                AsTrainer.class, SessionRecorder.class, TestStaff.class);
    }

    @EJB
    private CatalogueService catalogue;

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @EJB
    private EnrolmentService enrolment;

    @EJB
    private ProgressReportService reports;

    @EJB
    private AsTrainer asTrainer;

    @PersistenceUnit(unitName = "pasapas")
    private EntityManagerFactory factory;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    @Test
    void the_report_of_an_organisation_takes_as_many_statements_for_fifty_learners_as_for_five() throws Exception {
        Organisation five = organisation(5);
        Organisation fifty = organisation(50);
        SqlStatements statements = new SqlStatements(factory);
        AtomicReference<List<LearnerProgressRow>> rows = new AtomicReference<>();

        long forFive = statements.during(() -> rows.set(asTrainer.call(() -> reports.organisationReport(five.id))));
        assertReport(five, rows.get());
        long forFifty = statements.during(() -> rows.set(asTrainer.call(() -> reports.organisationReport(fifty.id))));
        assertReport(fifty, rows.get());

        System.out.printf("Report statements: 5 learners %d, 50 learners %d%n", forFive, forFifty);
        assertEquals(forFive, forFifty, "the report should read 50 learners in as many statements as 5 (" + forFive + ")");
        assertTrue(forFifty <= 6, "the report should take a handful of statements, not " + forFifty);
    }

    @Test
    void the_progress_page_and_the_workshops_page_take_as_many_statements_for_fifty_learners_as_for_five() throws Exception {
        Organisation five = organisation(5);
        Organisation fifty = organisation(50);
        SqlStatements statements = new SqlStatements(factory);
        HttpClient small = loggedIn(five.trainer);
        HttpClient large = loggedIn(fifty.trainer);

        long progressFive = statements.during(() -> assertPage(small, "trainer/progress.xhtml", five.firstLearnerName));
        long progressFifty = statements.during(() -> assertPage(large, "trainer/progress.xhtml", fifty.firstLearnerName));
        long groupsFive = statements.during(() -> assertPage(small, "trainer/groups.xhtml", five.firstLearnerName));
        long groupsFifty = statements.during(() -> assertPage(large, "trainer/groups.xhtml", fifty.firstLearnerName));
        long stuckFive = statements.during(() -> assertPage(small, "trainer/stuck.xhtml?workshop=" + five.workshopId
                + "&module=ecran-tactile&step=" + five.quizId, "Apprenant 02 "));
        long stuckFifty = statements.during(() -> assertPage(large, "trainer/stuck.xhtml?workshop=" + fifty.workshopId
                + "&module=ecran-tactile&step=" + fifty.quizId, "Apprenant 02 "));

        System.out.printf("Progress page statements: 5 learners %d, 50 learners %d; workshops page: %d, %d%n",
                progressFive, progressFifty, groupsFive, groupsFifty);
        assertEquals(progressFive, progressFifty, "the dashboard and its count of help requests should read 50 learners as 5");
        assertEquals(groupsFive, groupsFifty, "the workshops page should read 50 learners as 5");
        System.out.printf("Heat map with a step's learners: 5 learners %d, 50 learners %d%n", stuckFive, stuckFifty);
        assertEquals(stuckFive, stuckFifty, "the heat map and a step's learners should read 50 learners as 5");
    }

    @Test
    void the_dashboard_of_a_thirty_learner_workshop_weighs_a_few_tens_of_kilobytes_not_the_old_flat_table() throws Exception {
        Organisation organisation = organisation(59); // the first 30 learners by name form the workshop
        HttpClient trainer = loggedIn(organisation.trainer);
        String matrix = body(trainer, "trainer/progress.xhtml?workshop=" + organisation.workshopId + "&size=50");
        String heatMap = body(trainer, "trainer/stuck.xhtml?workshop=" + organisation.workshopId);
        String step = body(trainer, "trainer/stuck.xhtml?workshop=" + organisation.workshopId + "&module=ecran-tactile&step="
                + organisation.quizId);
        assertEquals(30, matrix.split("<tr class=\"learner-").length - 1, "the matrix shows the 30 members on one page");
        int matrixBytes = matrix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.printf("Dashboard HTML for a 30-learner workshop: matrix %d B, heat map %d B, a step's learners %d B%n",
                matrixBytes, heatMap.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                step.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertTrue(matrixBytes < 24 * 1024, "the matrix of 30 learners should stay light (16 KB on 2026-12-05, 39 KB"
                + " with the help inbox above it, 318 KB for the old flat table): " + matrixBytes + " bytes");
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(matrix);
        List<String> states = new ArrayList<>();
        while (state.find()) {
            states.add(state.group(1));
        }
        assertTrue(!states.isEmpty() && states.stream().allMatch("stateless"::equals),
                "the matrix page should keep no view in the session (its only forms are the menu's and the footer's): "
                        + states);
    }

    @Test
    void every_view_scoped_bean_of_the_trainer_pages_can_be_written_out_once_its_page_is_rendered() throws Exception {
        Organisation organisation = organisation(5);
        CookieManager cookies = new CookieManager();
        HttpClient trainer = loggedIn(organisation.trainer, cookies);
        assertPage(trainer, "trainer/progress.xhtml", organisation.firstLearnerName);
        assertPage(trainer, "trainer/progress.xhtml?workshop=" + organisation.workshopId, organisation.firstLearnerName);
        assertPage(trainer, "trainer/groups.xhtml", organisation.firstLearnerName);

        HttpSession session = SessionRecorder.byId(sessionId(cookies));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> viewMaps = (Map<String, Map<String, Object>>)
                session.getAttribute("com.sun.faces.application.view.activeViewMaps");
        assertTrue(viewMaps != null && !viewMaps.isEmpty(), "the pages should have kept their views in the session");
        Set<String> written = new HashSet<>();
        for (Map<String, Object> viewMap : viewMaps.values()) {
            for (Map.Entry<String, Object> entry : viewMap.entrySet()) {
                if (isViewScoped(entry.getValue().getClass())) {
                    writeOut(entry.getKey(), entry.getValue());
                    written.add(entry.getKey());
                }
            }
        }
        assertEquals(Set.of("groupsBean"), written,
                "the workshops page should keep its view-scoped bean, the dashboard (stateless, GET only) none");
    }

    private static boolean isViewScoped(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(ViewScoped.class)) {
                return true;
            }
        }
        return false;
    }

    private static void writeOut(String name, Object bean) throws Exception {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(bean);
        } catch (NotSerializableException e) {
            throw new AssertionError(name + " keeps something that cannot be written out with the session ("
                    + e.getMessage() + "): a restarted or clustered server would lose the trainer's page", e);
        }
    }

    private void assertReport(Organisation organisation, List<LearnerProgressRow> rows) {
        int modules = catalogue.catalogue().openTo(false).modules().size();
        assertEquals(organisation.learners * modules, rows.size(), "one row per learner and module of the learners' courses");
        long stuck = rows.stream().filter(LearnerProgressRow::stuck).count();
        assertEquals(organisation.stuck, stuck, "the learners with two mistakes on a step are marked as struggling");
        assertTrue(rows.stream().filter(LearnerProgressRow::started).allMatch(r -> r.currentStepTitle() != null),
                "a started module names its current step");
    }

    // --- an organisation with a trainer, learners at different places, help requests and a workshop ---

    private record Organisation(long id, String trainer, int learners, int stuck, String firstLearnerName, long workshopId,
                                String quizId) {
    }

    private Organisation organisation(int learners) throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long organisationId;
        long trainerId;
        List<Long> learnerIds = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            organisationId = TestStaff.organisation(c, "Centre social " + suffix);
            trainerId = TestStaff.account(c, organisationId, "formateur-" + suffix, "Formatrice " + suffix, "TRAINER",
                    secretHash.generate(PASSWORD.toCharArray()));
            for (int i = 0; i < learners; i++) {
                learnerIds.add(TestStaff.account(c, organisationId, "l" + i + "-" + suffix, String.format("Apprenant %02d %s", i, suffix),
                        "LEARNER", "x"));
            }
        }
        Module module = catalogue.module("ecran-tactile").orElseThrow();
        int stuck = 0;
        String quizId = null;
        for (int i = 0; i < learnerIds.size(); i++) {
            long learner = learnerIds.get(i);
            if (i % 3 == 1) {
                walkToFirstQuiz(learner, module);
            } else if (i % 3 == 2) {
                QuizStep quiz = walkToFirstQuiz(learner, module);
                quizId = quiz.id();
                String wrong = quiz.choices().stream().filter(ch -> !ch.correct()).findFirst().orElseThrow().id();
                progress.answer(learner, module.id(), quiz.id(), wrong, UUID.randomUUID().toString());
                progress.answer(learner, module.id(), quiz.id(), wrong, UUID.randomUUID().toString());
                help.requestHelp(learner, module.id(), quiz.id(), "Je ne comprends pas.");
                stuck++;
            }
        }
        long workshop = enrolment.workshop(organisationId, trainerId, "Atelier " + suffix,
                new HashSet<>(learnerIds.subList(0, (learners + 1) / 2)), java.util.Collections.singletonMap(module.id(), null));
        enrolment.workshop(organisationId, trainerId, "Atelier du soir " + suffix, Set.of(), Map.of());
        return new Organisation(organisationId, "formateur-" + suffix, learners, stuck, "Apprenant 00 " + suffix, workshop,
                quizId);
    }

    /** Reads (or answers right) every step before the module's first single-choice quiz, then opens it. */
    private QuizStep walkToFirstQuiz(long learner, Module module) {
        for (Step step : module.steps()) {
            progress.openStep(learner, module.id(), step.id());
            if (step instanceof QuizStep quiz && !quiz.multiple()) {
                return quiz;
            }
            if (step.isQuestion()) {
                Answer right = ((QuestionStep) step).rightAnswer();
                progress.answer(learner, module.id(), step.id(), right, UUID.randomUUID().toString(), 0);
            } else {
                progress.completeExplanation(learner, module.id(), step.id());
            }
        }
        throw new AssertionError(module.id() + " should have a single-choice quiz");
    }

    // --- the pages, as a browser asks for them ---

    private static HttpClient loggedIn(String username) throws Exception {
        return TestStaff.loggedIn(username, PASSWORD, new CookieManager());
    }

    private static HttpClient loggedIn(String username, CookieManager cookies) throws Exception {
        return TestStaff.loggedIn(username, PASSWORD, cookies);
    }

    private static void assertPage(HttpClient client, String path, String expected) throws Exception {
        assertTrue(TestStaff.body(client, path).contains(expected), path + " should show " + expected);
    }

    private static String body(HttpClient client, String path) throws Exception {
        return TestStaff.body(client, path);
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).map(v -> v.contains(".") ? v.substring(0, v.indexOf('.')) : v)
                .findFirst().orElseThrow(() -> new AssertionError("the login should open a session"));
    }
}
