package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.learning.application.AnswerOutcome;
import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.learning.application.StepScreen;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.security.SecretHashing;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services, persistence, migrations and credentials inside the running server, on the real datasource
 * (H2 by default, MariaDB in the MariaDB run).
 */
@ExtendWith(ArquillianExtension.class)
class ProgressPersistenceIT {

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        EnterpriseArchive ear = Deployments.application();
        WebArchive war = ear.getAsType(WebArchive.class, "pasapas-web.war");
        war.addClasses(ProgressPersistenceIT.class, AsDemoCoordinator.class);
        // The Arquillian runner servlet must be reachable without a login.
        String webXml = new String(war.get("WEB-INF/web.xml").getAsset().openStream().readAllBytes(), StandardCharsets.UTF_8);
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace("<url-pattern>/favicon.ico</url-pattern>",
                "<url-pattern>/favicon.ico</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
        return ear;
    }

    @EJB
    private CatalogueService catalogue;

    @EJB
    private ProgressService progress;

    @EJB
    private AccountService accounts;

    @EJB
    private CertificateService certificates;

    @EJB
    private fr.pasapas.learning.application.HelpService help;

    @EJB
    private AsDemoCoordinator coordinator;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Test
    void flyway_has_migrated_the_schema_before_the_application_started() {
        MigrationInfoService info = fr.pasapas.platform.DatabaseMigrator.flyway(dataSource).info();
        var latest = java.util.Arrays.stream(info.all()).map(m -> m.getVersion()).max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertEquals(latest, info.current().getVersion(), "the schema should be at the latest migration");
        assertTrue(info.applied().length >= 2, "V1 and V2 should be applied");
        assertEquals(0, info.pending().length, "no migration should be left pending");
        assertTrue(java.util.Arrays.stream(info.applied()).allMatch(m -> m.getState().isApplied()));
    }

    @Test
    void pins_and_passwords_are_stored_as_pbkdf2_hashes_never_in_clear() throws SQLException {
        String current = SecretHashing.ALGORITHM + ":" + SecretHashing.ITERATIONS + ":";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select username, secret_hash from account where demo = true")) {
            int n = 0;
            while (rs.next()) {
                n++;
                String hash = rs.getString("secret_hash");
                assertTrue(hash.startsWith(current), rs.getString("username") + " hash: " + hash);
                assertFalse(SecretHashing.needsRehash(hash), rs.getString("username") + " hash: " + hash);
            }
            assertTrue(n >= 12, "the demo accounts should be seeded");
        }
        assertTrue(accounts.authenticate("apprenant1", "1111").isPresent(), "a demo learner logs in with the PIN of the banner");
        assertTrue(accounts.authenticate("partenaire", "Partenaire-Demo-2026").isPresent(), "a demo staff member too");
    }

    @Test
    void a_pin_stored_by_the_former_hasher_logs_in_once_and_is_then_stored_in_the_current_format() throws Exception {
        String username = newLearnerWithSecretHash(legacyHash("2468"));

        assertTrue(accounts.authenticate(username, "2468").isPresent(), "an account created before the change should log in");
        String rewritten = secretHashOf(username);
        assertTrue(rewritten.startsWith(SecretHashing.ALGORITHM + ":" + SecretHashing.ITERATIONS + ":"),
                "the legacy hash should be rewritten at login: " + rewritten);
        assertTrue(accounts.authenticate(username, "2468").isPresent(), "the rewritten hash should log in");
        assertEquals(rewritten, secretHashOf(username), "a current hash is not rewritten at every login");
        assertTrue(accounts.authenticate(username, "8642").isEmpty(), "a wrong PIN is still refused");
    }

    /** What the former home-made hasher stored: {@code pbkdf2-sha512$210000$salt$hash}, unpadded Base64. */
    private static String legacyHash(String secret) throws java.security.GeneralSecurityException {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(secret.toCharArray(), salt, 210_000, 512)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha512$210000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private String newLearnerWithSecretHash(String secretHash) throws SQLException {
        long organisation = accounts.findByUsername("apprenant1").orElseThrow().organisationId();
        String username = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(
                "insert into account (organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                        + " created_at, version) values (?, ?, 'Ancien compte', 'LEARNER', ?, false, 0, current_timestamp, 0)")) {
            insert.setLong(1, organisation);
            insert.setString(2, username);
            insert.setString(3, secretHash);
            insert.executeUpdate();
        }
        return username;
    }

    private String secretHashOf(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var query = c.prepareStatement("select secret_hash from account where username = ?")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), username + " should exist");
                return rs.getString(1);
            }
        }
    }

    @Test
    void five_wrong_pins_lock_the_account_even_for_the_right_pin() {
        assertTrue(accounts.authenticate("apprenant8", "8888").isPresent(), "the right PIN logs in");
        for (int i = 0; i < 5; i++) {
            assertTrue(accounts.authenticate("apprenant8", "0000").isEmpty());
        }
        assertTrue(accounts.authenticate("apprenant8", "8888").isEmpty(), "a locked account refuses even the right PIN");
        assertTrue(accounts.authenticate("APPRENANT7 ", "7777").isPresent(), "usernames ignore case and spaces");
        assertTrue(accounts.authenticate("formateur", "Formateur-Demo-2026").isPresent());
        assertTrue(accounts.authenticate("formateur", "1111").isEmpty());
    }

    @Test
    void the_same_answer_sent_twice_counts_once_and_a_wrong_then_right_answer_counts_two_attempts() {
        long learner = learner("apprenant4");
        Module module = module();
        QuizStep quiz = module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .filter(q -> !q.multiple()).findFirst().orElseThrow();
        Choice wrong = quiz.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow();
        Choice right = quiz.choices().stream().filter(Choice::correct).findFirst().orElseThrow();

        StepScreen screen = progress.openStep(learner, module.id(), quiz.id());
        AnswerOutcome first = progress.answer(learner, module.id(), quiz.id(), wrong.id(), screen.submissionToken());
        AnswerOutcome doubleTap = progress.answer(learner, module.id(), quiz.id(), right.id(), screen.submissionToken());
        assertFalse(first.correct());
        assertEquals(first, doubleTap, "the same submission token must return the first outcome");
        assertEquals(1, countAnswers(learner, quiz.id()), "a double tap records one answer");

        StepScreen again = progress.openStep(learner, module.id(), quiz.id());
        assertEquals(StepStatus.FAILED, again.status());
        assertEquals(new Answer.Choices(java.util.Set.of(wrong.id())), again.lastAnswer(),
                "the feedback shown is the one of the last answer");
        assertTrue(progress.answer(learner, module.id(), quiz.id(), right.id(), again.submissionToken()).correct());
        assertEquals(2, countAnswers(learner, quiz.id()));
        assertEquals(StepStatus.DONE, progress.openStep(learner, module.id(), quiz.id()).status());
    }

    @Test
    void one_learner_opening_and_answering_a_step_from_many_threads_at_once_gets_no_error_and_counts_each_form_once()
            throws Exception {
        long learner = newLearner("Nguyễn Thị Hoa");
        Module module = module();
        QuizStep quiz = module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .filter(q -> !q.multiple()).findFirst().orElseThrow();
        Choice wrong = quiz.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow();
        String doubleTapToken = UUID.randomUUID().toString();
        List<String> tabTokens = java.util.stream.IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID().toString()).toList();

        // 12 threads: 8 send the same form (a double tap resent by a tablet), 4 send their own tab's form; all
        // open the step first, as a page load does.
        List<java.util.concurrent.Callable<Void>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String token = i < 8 ? doubleTapToken : tabTokens.get(i - 8);
            calls.add(() -> {
                progress.openStep(learner, module.id(), quiz.id());
                progress.answer(learner, module.id(), quiz.id(), wrong.id(), token);
                return null;
            });
        }
        runAtOnce(calls);

        assertEquals(5, countAnswers(learner, quiz.id()), "one answer per form: 1 double-tapped form + 4 tabs");
        assertEquals(5, queryLong("select attempts from step_progress where learner_id = " + learner
                + " and step_id = '" + quiz.id() + "'"), "attempts counted once per form");
        assertEquals(1, queryLong("select count(*) from step_progress where learner_id = " + learner), "one row per step");
        assertEquals(1, queryLong("select count(*) from module_progress where learner_id = " + learner), "one row per module");
    }

    @Test
    void a_help_request_tapped_many_times_at_once_is_recorded_once() throws Exception {
        long learner = newLearner("مريم بن علي");
        Module module = module();
        String step = module.steps().get(1).id();
        List<java.util.concurrent.Callable<Void>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> {
                help.requestHelp(learner, module.id(), step);
                return null;
            });
        }
        runAtOnce(calls);
        assertEquals(1, queryLong("select count(*) from help_request where learner_id = " + learner));
    }

    @Test
    void a_help_request_is_answered_in_writing_read_once_by_the_learner_and_closed() {
        long learner = newLearner("Trần Thị Lan");
        long organisation = accounts.findById(learner).orElseThrow().organisationId();
        long trainer = accounts.findByUsername("formateur").orElseThrow().id();
        Module module = module();
        String step = module.steps().get(2).id();
        assertThrowsInvalid(() -> help.requestHelp(learner, module.id(), step, "x".repeat(301)));
        assertEquals(0, queryLong("select count(*) from help_request where learner_id = " + learner), "a refused request saves nothing");

        help.requestHelp(learner, module.id(), step, "  Je ne vois pas le bouton.  ");
        var request = help.openRequests(organisation).stream().filter(h -> h.learnerId() == learner).findFirst().orElseThrow();
        assertEquals("Je ne vois pas le bouton.", request.message());
        // the coordinator answers (another organisation's staff cannot: HelpInboxServiceIT)
        assertThrowsInvalid(() -> coordinator.call(() -> help.answer(request.id(), organisation, trainer, "   ")));
        assertTrue(coordinator.call(() -> help.answer(request.id(), organisation, trainer, "En bas à droite.")));

        var unread = help.takeUnreadAnswers(learner);
        assertEquals(1, unread.size());
        assertEquals("En bas à droite.", unread.get(0).answer());
        assertTrue(help.takeUnreadAnswers(learner).isEmpty(), "an answer is shown once at the top of a page");
        assertEquals("En bas à droite.", help.answerOn(learner, module.id(), step).orElseThrow().answer(),
                "it stays on the step it is about");

        help.requestHelp(learner, module.id(), step, null);
        assertEquals(2, queryLong("select count(*) from help_request where learner_id = " + learner),
                "once answered, the learner may ask again on the same step");
        coordinator.call(() -> {
            help.resolve(request.id(), organisation, trainer);
            return null;
        });
        assertTrue(help.openRequests(organisation).stream().noneMatch(h -> h.id() == request.id()), "a closed request leaves the list");
    }

    @Test
    void the_final_check_opens_only_once_every_other_step_is_answered() {
        long learner = newLearner("Jean-Pierre Dubois");
        Module module = module();
        Step check = module.steps().get(module.steps().size() - 1);
        assertTrue(check instanceof fr.pasapas.catalogue.domain.CheckStep, "the module ends with its final check");
        assertEquals(module.firstStep().id(), progress.reachableStepId(learner, module.id(), check.id()),
                "a direct address of the final check leads to the first step to do");
        try {
            progress.openStep(learner, module.id(), check.id());
            throw new AssertionError("the final check should not open before the other steps");
        } catch (fr.pasapas.learning.application.StepNotOpenException expected) {
            assertEquals(module.firstStep().id(), expected.stepToDo());
        }
        assertThrowsInvalid(() -> progress.answer(learner, module.id(), check.id(), ((QuestionStep) check).rightAnswer(),
                UUID.randomUUID().toString(), 0));
        assertEquals(0, countAnswers(learner, check.id()), "a final check sent by a forged form changes nothing");

        for (Step step : module.steps().subList(0, module.steps().size() - 1)) {
            progress.openStep(learner, module.id(), step.id());
            if (step.isQuestion()) {
                // A wrong answer is still an answer: the learner may go on to the check.
                Answer wrongOrRight = step instanceof QuizStep q && !q.multiple()
                        ? new Answer.Choices(java.util.Set.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id()))
                        : ((QuestionStep) step).rightAnswer();
                progress.answer(learner, module.id(), step.id(), wrongOrRight, UUID.randomUUID().toString(), 0);
            } else {
                progress.completeExplanation(learner, module.id(), step.id());
            }
        }
        assertEquals(check.id(), progress.reachableStepId(learner, module.id(), check.id()));
        StepScreen first = progress.openStep(learner, module.id(), check.id());
        progress.answer(learner, module.id(), check.id(), new Answer.CheckAnswers(java.util.Map.of()), first.submissionToken(), 0);
        StepScreen second = progress.openStep(learner, module.id(), check.id());
        fr.pasapas.catalogue.domain.CheckStep finalCheck = (fr.pasapas.catalogue.domain.CheckStep) check;
        List<String> firstOrder = finalCheck.questionsFor(module.id(), first.seed(), first.attempts()).stream().map(q -> q.id()).toList();
        List<String> secondOrder = finalCheck.questionsFor(module.id(), second.seed(), second.attempts()).stream().map(q -> q.id()).toList();
        assertFalse(firstOrder.equals(secondOrder), "a new attempt shows the questions in another order");
    }

    /** Runs the calls on as many threads, released together; fails with the first error any of them met. */
    private static void runAtOnce(List<java.util.concurrent.Callable<Void>> calls) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Void>> results = new java.util.ArrayList<>();
            for (var call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A learner of the demo organisation, new for one test (names from the learners of real workshops). */
    private long newLearner(String displayName) {
        long organisation = accounts.findByUsername("apprenant1").orElseThrow().organisationId();
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(
                "insert into account (organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                        + " created_at, version) values (?, ?, ?, 'LEARNER', 'x', false, 0, current_timestamp, 0)")) {
            insert.setLong(1, organisation);
            insert.setString(2, username);
            insert.setString(3, displayName);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return learner(username);
    }

    @Test
    void two_wrong_answers_on_the_current_step_show_the_trainer_that_the_learner_is_stuck() {
        long learner = learner("apprenant8");
        Module module = module();
        QuizStep quiz = module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .filter(q -> !q.multiple()).findFirst().orElseThrow();
        Choice wrong = quiz.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow();
        progress.answer(learner, module.id(), quiz.id(), wrong.id(), progress.openStep(learner, module.id(), quiz.id()).submissionToken());
        assertFalse(progress.summary(learner, module.id()).orElseThrow().stuck(), "one mistake is normal");
        progress.answer(learner, module.id(), quiz.id(), wrong.id(), progress.openStep(learner, module.id(), quiz.id()).submissionToken());
        var summary = progress.summary(learner, module.id()).orElseThrow();
        assertEquals(2, summary.failedAttemptsHere());
        assertTrue(summary.stuck(), "two mistakes on the same step: the trainer should see it");
    }

    @Test
    void completing_a_module_issues_one_certificate_however_often_it_is_completed() {
        long learner = learner("apprenant5");
        Module module = module();
        progress.completeWithCorrectAnswers(learner, module.id());
        String code = certificates.findFor(learner, module.id()).orElseThrow().code();
        progress.completeWithCorrectAnswers(learner, module.id());
        assertEquals(code, certificates.findFor(learner, module.id()).orElseThrow().code());
        assertEquals(1, queryLong("select count(*) from certificate where learner_id = " + learner));
        assertEquals(100, progress.summary(learner, module.id()).orElseThrow().percent());
        assertTrue(certificates.findByCode(code.toLowerCase()).isPresent(), "codes are found whatever their case");
        var certificate = certificates.findByCode(code).orElseThrow();
        assertEquals(module.competences(), certificate.competences());
        assertEquals(module.competences().stream().map(c -> fr.pasapas.catalogue.domain.DigComp.frenchName(c).orElseThrow()).toList(),
                certificate.competenceNames(), "the names of the competences are copied on the day of issue");
        assertTrue(certificates.pdfForCaller(code).isEmpty(), "only the holder gets the PDF, not an anonymous caller");
    }

    @Test
    void a_bad_submission_changes_nothing() {
        long learner = learner("apprenant6");
        Module module = module();
        QuizStep quiz = module.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .filter(q -> !q.multiple()).findFirst().orElseThrow();
        String token = UUID.randomUUID().toString();
        assertThrowsInvalid(() -> progress.answer(learner, module.id(), quiz.id(), "no-such-choice", token));
        assertThrowsInvalid(() -> progress.answer(learner, module.id(), quiz.id(), quiz.choices().get(0).id(), "bad token!"));
        assertEquals(0, countAnswers(learner, quiz.id()));
    }

    @Test
    void every_question_of_the_catalogue_takes_its_right_answer_and_refuses_an_answer_of_another_kind() {
        long learner = learner("apprenant7");
        int checked = 0;
        for (Module m : catalogue.catalogue().openTo(false).modules()) { // a learner's: no staff course
            for (Step step : m.steps()) {
                if (step instanceof fr.pasapas.catalogue.domain.PracticeStep practice) {
                    progress.openStep(learner, m.id(), step.id());
                    org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> progress.completePractice(learner, m.id(), step.id(),
                            java.util.Set.of()), "a practice is done only by passing its scenario");
                    progress.completePractice(learner, m.id(), step.id(), java.util.Set.of(practice.mode()));
                    continue;
                }
                if (!step.isQuestion()) {
                    progress.openStep(learner, m.id(), step.id());
                    progress.completeExplanation(learner, m.id(), step.id());
                    continue;
                }
                StepScreen screen = progress.openStep(learner, m.id(), step.id());
                Answer foreign = step instanceof fr.pasapas.catalogue.domain.TypingStep
                        ? new Answer.Zone("x") : new Answer.Typed("x");
                assertThrowsInvalid(() -> progress.answer(learner, m.id(), step.id(), foreign, UUID.randomUUID().toString(), 0));
                assertTrue(progress.answer(learner, m.id(), step.id(), ((QuestionStep) step).rightAnswer(), screen.submissionToken(), 5)
                        .correct(), m.id() + "/" + step.id() + " should accept its right answer");
                assertEquals(StepStatus.DONE, progress.openStep(learner, m.id(), step.id()).status());
                checked++;
            }
        }
        assertTrue(checked >= 3, "the catalogue should have questions");
    }

    @Test
    void editing_and_reordering_a_published_module_keeps_progress_by_step_id() throws Exception {
        long learner = learner("apprenant2");
        Module before = module();
        // Done: the first 3 steps; the learner is now on the 4th.
        for (Step step : before.steps().subList(0, 3)) {
            progress.openStep(learner, before.id(), step.id());
            progress.completeExplanation(learner, before.id(), step.id());
        }
        String current = before.steps().get(3).id();
        progress.openStep(learner, before.id(), current);

        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("pasapas.content.dir"),
                "decouvrir-appareil", "ecran-tactile.module.yaml");
        String original = java.nio.file.Files.readString(file);
        try {
            // Version 2: the 2nd step is removed, the 1st moves to the end, a new step comes first.
            String[] parts = original.split("\n(?=  - id: )");
            List<String> steps = new java.util.ArrayList<>(java.util.Arrays.asList(parts).subList(1, parts.length));
            String removed = steps.remove(1);
            String first = steps.remove(0);
            String added = first.replace("  - id: " + before.steps().get(0).id(), "  - id: nouvelle-etape");
            steps.add(0, added);
            steps.add(first);
            String edited = parts[0].replace("version: " + before.version(), "version: " + (before.version() + 1))
                    + "\n" + String.join("\n", steps);
            java.nio.file.Files.writeString(file, edited);
            assertEquals(List.of(), catalogue.reload(), "the edited module should be valid");
            assertTrue(removed.contains(before.steps().get(1).id()));

            Module after = module();
            assertEquals(before.version() + 1, after.version());
            var summary = progress.summary(learner, after.id()).orElseThrow();
            assertEquals(2, summary.standing().doneSteps(), "the two done steps that still exist keep their progress");
            assertEquals(current, progress.resumeStepId(learner, after.id()), "the learner resumes on the same step");
            progress.openStep(learner, after.id(), current);
            assertEquals(after.version(), queryLong("select content_version from module_progress where learner_id = " + learner
                    + " and module_id = '" + after.id() + "'"), "the version the learner now follows is recorded");
        } finally {
            java.nio.file.Files.writeString(file, original);
            assertEquals(List.of(), catalogue.reload());
        }
    }

    private static void assertThrowsInvalid(Runnable call) {
        try {
            call.run();
        } catch (fr.pasapas.learning.application.InvalidAnswerException expected) {
            return;
        }
        throw new AssertionError("the answer should have been refused");
    }

    private Module module() {
        return catalogue.module("ecran-tactile").orElseThrow();
    }

    private long learner(String username) {
        AuthenticatedAccount account = accounts.findByUsername(username).orElseThrow();
        return account.id();
    }

    private long countAnswers(long learnerId, String stepId) {
        return queryLong("select count(*) from step_answer where learner_id = " + learnerId + " and step_id = '" + stepId + "'");
    }

    private long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
