package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trainers' dashboards with two organisations inside the running server: in organisation A a learner fails
 * a quiz twice and asks for help, another completes the module, a third stops at the quiz for ten days; in
 * organisation B a learner fails the same quiz three times. Each trainer reads exact numbers on the matrix,
 * the heat map and the timeline, and nothing of the other organisation: not on a page, not in an export, not
 * by typing another organisation's id in the address.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final String PASSWORD = "Formateur-Test-2026";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(DashboardIT.class, TestStaff.class);
    }

    @EJB
    private CatalogueService catalogue;

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @EJB
    private GroupService groups;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    // Made once for the class (the tests only read): ids and the two trainers' logged-in clients.
    private static Module module;
    private static QuizStep quiz;
    private static int quizNumber;
    private static String suffix;
    private static long stuckA;
    private static long doneA;
    private static long quietA;
    private static long workshopA;
    private static long learnerB;
    private static HttpClient trainerA;
    private static HttpClient trainerB;

    @BeforeEach
    void twoOrganisations() throws Exception {
        if (trainerA != null) {
            return;
        }
        module = catalogue.module("ecran-tactile").orElseThrow();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        long a;
        long b;
        long trainerIdA;
        long trainerIdB;
        long otherA;
        try (Connection c = dataSource.getConnection()) {
            a = TestStaff.organisation(c, "Centre A " + suffix);
            b = TestStaff.organisation(c, "Centre B " + suffix);
            trainerIdA = TestStaff.account(c, a, "fa-" + suffix, "Formatrice A " + suffix, "TRAINER", secretHash.generate(PASSWORD.toCharArray()));
            trainerIdB = TestStaff.account(c, b, "fb-" + suffix, "Formateur B " + suffix, "TRAINER", secretHash.generate(PASSWORD.toCharArray()));
            stuckA = TestStaff.account(c, a, "stuck-" + suffix, "Alice Bloquée " + suffix, "LEARNER", "x");
            doneA = TestStaff.account(c, a, "done-" + suffix, "Bruno Fini " + suffix, "LEARNER", "x");
            quietA = TestStaff.account(c, a, "quiet-" + suffix, "Chloé Partie " + suffix, "LEARNER", "x");
            otherA = TestStaff.account(c, a, "other-" + suffix, "Denis Ailleurs " + suffix, "LEARNER", "x");
            learnerB = TestStaff.account(c, b, "lb-" + suffix, "Eva DeB " + suffix, "LEARNER", "x");
        }
        quiz = walkToFirstQuiz(stuckA);
        quizNumber = module.indexOf(quiz.id()) + 1;
        String wrong = quiz.choices().stream().filter(ch -> !ch.correct()).findFirst().orElseThrow().id();
        progress.answer(stuckA, module.id(), quiz.id(), wrong, UUID.randomUUID().toString());
        progress.answer(stuckA, module.id(), quiz.id(), wrong, UUID.randomUUID().toString());
        help.requestHelp(stuckA, module.id(), quiz.id(), "Je ne comprends pas la question.");
        walkAll(doneA);
        walkToFirstQuiz(quietA);
        try (Connection c = dataSource.getConnection();
             PreparedStatement back = c.prepareStatement("update module_progress set last_activity_at = ? where learner_id = ?")) {
            back.setTimestamp(1, Timestamp.from(Instant.now().minus(10, ChronoUnit.DAYS)));
            back.setLong(2, quietA);
            back.executeUpdate();
        }
        walkToFirstQuiz(learnerB);
        for (int i = 0; i < 3; i++) {
            progress.answer(learnerB, module.id(), quiz.id(), wrong, UUID.randomUUID().toString());
        }
        help.requestHelp(learnerB, module.id(), quiz.id(), "Secret de B " + suffix);

        workshopA = groups.createGroup(a, trainerIdA, "Atelier A " + suffix);
        groups.setMembers(workshopA, a, Set.of(stuckA, doneA, quietA));
        groups.assign(workshopA, a, module.id(), null);
        long otherWorkshopA = groups.createGroup(a, trainerIdA, "Atelier A bis " + suffix);
        groups.setMembers(otherWorkshopA, a, Set.of(otherA));
        long workshopB = groups.createGroup(b, trainerIdB, "Atelier B " + suffix);
        groups.setMembers(workshopB, b, Set.of(learnerB));
        trainerA = loggedIn("fa-" + suffix);
        trainerB = loggedIn("fb-" + suffix);
    }

    @Test
    void the_matrix_shows_each_member_of_the_workshop_where_they_are_and_the_totals_per_module() throws Exception {
        String page = body(trainerA, "trainer/progress.xhtml?workshop=" + workshopA);
        assertTrue(row(page, "done-" + suffix).contains("Terminé"), "the learner who finished the module reads Terminé");
        assertTrue(row(page, "stuck-" + suffix).contains("En cours (étape " + quizNumber + "/" + module.steps().size() + ")"),
                "the learner at the quiz reads its step number: " + row(page, "stuck-" + suffix));
        assertFalse(page.contains("other-" + suffix), "a learner of another workshop is not in this workshop's matrix");
        assertTrue(page.contains("33 % (1)"), "one learner of three finished the module: 33 %");

        String whole = body(trainerA, "trainer/progress.xhtml");
        assertTrue(whole.contains("other-" + suffix), "the whole organisation includes every workshop's learners");
        assertFalse(whole.contains("lb-" + suffix), "never a learner of another organisation");

        String csv = body(trainerA, "trainer/export/matrix?format=csv&workshop=" + workshopA);
        assertTrue(csv.contains("Bruno Fini " + suffix + ";done-" + suffix + ";Terminé;1"), csv);
        assertEquals(3 + 1 + 3, csv.lines().count(), "the export holds a heading, the 3 members and 3 total rows:\n" + csv);
        assertTrue(audited("fa-" + suffix) >= 1, "the export is written to the audit log");
    }

    @Test
    void the_heat_map_counts_answers_failures_abandons_and_help_requests_on_the_step_where_learners_stop() throws Exception {
        String stepRow = ";" + quizNumber + ";" + quiz.title() + ";";
        assertTrue(body(trainerA, "trainer/export/heatmap?format=csv&workshop=" + workshopA).contains(stepRow + "3;2;1;1"),
                "workshop A: 3 answers on the quiz, 2 wrong, 1 learner gone for 10 days, 1 help request");
        assertTrue(body(trainerA, "trainer/export/heatmap?format=csv").contains(stepRow + "3;2;1;1"),
                "organisation A counts only its own learners");
        assertTrue(body(trainerB, "trainer/export/heatmap?format=csv").contains(stepRow + "3;3;0;1"),
                "organisation B counts only its learner: 3 answers, all wrong");

        String page = body(trainerA, "trainer/stuck.xhtml?workshop=" + workshopA + "&module=" + module.id() + "&step=" + quiz.id());
        assertTrue(page.contains("data-step=\"" + module.id() + "/" + quiz.id() + "\""), "the heat map lists the quiz");
        assertTrue(row(page, "stuck-" + suffix).contains("En cours sur cette étape"), row(page, "stuck-" + suffix));
        assertTrue(row(page, "quiet-" + suffix).contains("Arrêté ici depuis plus de 7 jours"), row(page, "quiet-" + suffix));
        assertTrue(row(page, "done-" + suffix).contains("Étape réussie"), row(page, "done-" + suffix));
    }

    @Test
    void a_learner_timeline_shows_answers_and_help_requests_newest_first() throws Exception {
        String page = body(trainerA, "trainer/learner.xhtml?id=" + stuckA);
        assertTrue(page.contains("Alice Bloquée " + suffix), "the timeline names the learner");
        int helpAt = page.indexOf("Je ne comprends pas la question.");
        int wrongAt = page.indexOf("outcome-WRONG");
        assertTrue(helpAt > 0 && wrongAt > 0 && helpAt < wrongAt, "the help request, newer, comes before the wrong answers");
        String csv = body(trainerA, "trainer/export/timeline?format=xlsx&id=" + stuckA);
        assertTrue(csv.startsWith("PK"), "the XLSX export is a spreadsheet (a zip)");
    }

    @Test
    void a_trainer_of_another_organisation_sees_none_of_it_by_page_export_or_address() throws Exception {
        String matrixB = body(trainerB, "trainer/progress.xhtml");
        assertTrue(matrixB.contains("lb-" + suffix), "B's matrix lists B's learner");
        assertFalse(matrixB.contains("stuck-" + suffix) || matrixB.contains("Alice Bloquée"),
                "organisation B's matrix does not list organisation A's learners");
        for (String forged : List.of("trainer/learner.xhtml?id=" + stuckA, "trainer/progress.xhtml?workshop=" + workshopA,
                "trainer/stuck.xhtml?workshop=" + workshopA, "trainer/export/timeline?format=csv&id=" + stuckA,
                "trainer/export/matrix?format=csv&workshop=" + workshopA, "trainer/export/heatmap?format=xlsx&workshop=" + workshopA)) {
            HttpResponse<String> refused = get(trainerB, forged);
            HttpResponse<String> unknown = get(trainerB, forged.replace(Long.toString(forged.contains("id=") ? stuckA : workshopA), "987654321"));
            assertEquals(404, refused.statusCode(), forged + " with another organisation's id should be not found");
            assertEquals(unknown.statusCode(), refused.statusCode(), "refused exactly like an unknown id: " + forged);
            assertFalse(refused.body().contains(suffix + "</"), "nothing of organisation A shows: " + forged);
        }
        String own = body(trainerB, "trainer/export/matrix?format=csv");
        assertFalse(own.contains("stuck-" + suffix) || own.contains("done-" + suffix), "B's export holds only B's learners");
        assertTrue(own.contains("lb-" + suffix), own);
    }

    // --- data ---

    private QuizStep walkToFirstQuiz(long learner) {
        for (Step step : module.steps()) {
            progress.openStep(learner, module.id(), step.id());
            if (step instanceof QuizStep q && !q.multiple()) {
                return q;
            }
            pass(learner, step);
        }
        throw new AssertionError(module.id() + " should have a single-choice quiz");
    }

    private void walkAll(long learner) {
        for (Step step : module.steps()) {
            progress.openStep(learner, module.id(), step.id());
            pass(learner, step);
        }
    }

    private void pass(long learner, Step step) {
        if (step.isQuestion()) {
            Answer right = ((QuestionStep) step).rightAnswer();
            progress.answer(learner, module.id(), step.id(), right, UUID.randomUUID().toString(), 30);
        } else {
            progress.completeExplanation(learner, module.id(), step.id(), 30);
        }
    }

    private long audited(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from audit_event e join account a on a.id = e.actor_id"
                     + " where a.username = ? and e.action = 'EXPORTED'")) {
            q.setString(1, username);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    // --- the pages, as a browser asks for them ---

    /** The table row of a learner (class learner-USERNAME), up to its end. */
    private static String row(String page, String username) {
        int start = page.indexOf("learner-" + username + "\"");
        assertTrue(start > 0, username + " should have a row");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static HttpClient loggedIn(String username) throws Exception {
        return TestStaff.loggedIn(username, PASSWORD, new CookieManager());
    }

    private static String body(HttpClient client, String path) throws Exception {
        return TestStaff.body(client, path);
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return TestStaff.get(client, path);
    }
}
