package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.application.AccountService;
import fr.pasapas.sandbox.application.RunRefusedException;
import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.application.ScenarioPassed;
import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.PageRef;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sandbox runs on the real datasource (H2 by default, MariaDB in the MariaDB run), inside the server: stored,
 * resumed by replay, one action per form even from many threads, own runs only, and a pass announced once.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxRunsIT {

    private static final String CAF = "caf-se-connecter";
    private static final String NIR = "1 84 13 99 999 902";
    private static final String PASSWORD = "Yanis-Foot-9";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        EnterpriseArchive ear = Deployments.inContainer(SandboxRunsIT.class);
        ear.getAsType(JavaArchive.class, "pasapas-ejb.jar").addClass(ScenarioPassedRecorder.class);
        return ear;
    }

    @EJB
    private SandboxService sandbox;

    @EJB
    private AccountService accounts;

    @EJB
    private fr.pasapas.sandbox.application.SandboxCatalogue catalogue;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void a_run_is_stored_and_resumed_by_replaying_its_actions_when_the_learner_comes_back() throws SQLException {
        long learner = newLearner("Karim Benali");
        long run = sandbox.start(learner, CAF, Mode.HINTS).runId();
        sandbox.act(learner, run, new Action.Press("mon-compte"), token());
        sandbox.act(learner, run, new Action.Press("se-connecter"), token());
        sandbox.act(learner, run, new Action.Fill("mot-de-passe", PASSWORD, false), token());

        RunView resumed = sandbox.start(learner, CAF, Mode.HINTS);

        assertEquals(run, resumed.runId());
        assertEquals(new PageRef("caf", "identification"), resumed.state().page());
        assertEquals(PASSWORD, resumed.state().values().get("mot-de-passe"));
        assertEquals(List.of("press mon-compte", "press se-connecter", "fill mot-de-passe " + PASSWORD), storedActions(run));
    }

    @Test
    void concurrent_acts_with_their_own_tokens_all_land_in_order_and_a_double_tap_lands_once() throws Exception {
        long learner = newLearner("Nguyễn Thị Hoa");
        long run = sandbox.start(learner, CAF, Mode.HINTS).runId();
        String doubleTap = token();
        List<Callable<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String token = i < 8 ? doubleTap : token();
            calls.add(() -> {
                sandbox.act(learner, run, new Action.AskHint(), token);
                return null;
            });
        }
        runAtOnce(calls);

        assertEquals(5, storedActions(run).size(), "one double-tapped form + 4 forms of their own");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), column("select sequence_no from sandbox_action where run_id = " + run
                + " order by sequence_no"));
        assertEquals(5, sandbox.run(learner, run).state().hintsUsed());
    }

    @Test
    void undo_and_restart_are_stored_and_take_back_what_the_learner_did() throws SQLException {
        long learner = newLearner("Gérard Martin");
        long run = sandbox.start(learner, CAF, Mode.GUIDED).runId();
        PageRef home = sandbox.run(learner, run).state().page();
        sandbox.act(learner, run, new Action.Press("mon-compte"), token());
        PageRef choice = sandbox.run(learner, run).state().page();
        sandbox.act(learner, run, new Action.Press("se-connecter"), token());

        assertEquals(choice, sandbox.undo(learner, run, token()).state().page());
        assertEquals(home, sandbox.restart(learner, run, token()).state().page());
        assertEquals(List.of("press mon-compte", "press se-connecter", "undo", "restart"), storedActions(run));
        assertEquals(home, sandbox.start(learner, CAF, Mode.GUIDED).state().page(), "resumed after the restart");
    }

    @Test
    void another_learners_run_id_is_refused_and_changes_nothing() throws SQLException {
        long owner = newLearner("Aminata Diallo");
        long intruder = newLearner("Lucie Petit");
        long run = sandbox.start(owner, CAF, Mode.HINTS).runId();
        sandbox.act(owner, run, new Action.Press("mon-compte"), token());

        assertRefused(() -> sandbox.act(intruder, run, new Action.Press("se-connecter"), token()));
        assertRefused(() -> sandbox.undo(intruder, run, token()));
        assertRefused(() -> sandbox.restart(intruder, run, token()));
        assertRefused(() -> sandbox.run(intruder, run));
        assertEquals(List.of("press mon-compte"), storedActions(run));
    }

    @Test
    void playing_the_caf_login_expected_path_passes_and_fires_scenario_passed_once() throws SQLException {
        long learner = newLearner("Karim Benali");
        long run = sandbox.start(learner, CAF, Mode.GUIDED).runId();
        List<Action> beforeCode = List.of(new Action.Press("mon-compte"), new Action.Press("se-connecter"),
                new Action.Fill("nir", NIR, false), new Action.Fill("mot-de-passe", PASSWORD, false),
                new Action.Press("connexion"), new Action.Press("envoyer-code"), new Action.Open("messagerie"),
                new Action.Press("code-caf"), new Action.Open("caf"));
        RunView view = null;
        for (Action action : beforeCode) {
            view = sandbox.act(learner, run, action, token());
        }
        sandbox.act(learner, run, new Action.Fill("code", view.state().latestCode().orElseThrow(), false), token());
        String lastToken = token();
        RunView passed = sandbox.act(learner, run, new Action.Press("valider-code"), lastToken);
        sandbox.act(learner, run, new Action.Press("valider-code"), lastToken);

        assertTrue(passed.state().result().orElseThrow().passed());
        assertEquals(1, ScenarioPassedRecorder.seen().stream().filter(e -> e.learnerId() == learner).count());
        assertEquals(new ScenarioPassed(learner, CAF, Mode.GUIDED),
                ScenarioPassedRecorder.seen().stream().filter(e -> e.learnerId() == learner).findFirst().orElseThrow());
        assertEquals(List.of(1L), column("select count(*) from sandbox_run where id = " + run
                + " and passed = true and finished_at is not null"));
        assertRefused(() -> sandbox.act(learner, run, new Action.Press("mon-compte"), token()));
        assertNotEquals(run, sandbox.start(learner, CAF, Mode.GUIDED).runId(), "a passed run is over; a new one starts");
    }

    @Test
    void the_sandbox_files_packaged_in_the_deployed_ejb_jar_are_read_from_the_manifest_in_its_order() {
        // The server of these tests reads PASAPAS_CONTENT_DIR; a production server reads the files packaged in the
        // ejb jar (WildFly's virtual file system) one resource at a time, those the manifest names: never a listing.
        var packaged = new fr.pasapas.sandbox.infrastructure.content.ClasspathSandboxFiles(
                SandboxService.class.getClassLoader(), "pasapas-content/");
        assertTrue(packaged.list("sandbox/scenarios").isEmpty(), "a class path is not listed");
        var load = new fr.pasapas.sandbox.infrastructure.content.SandboxLoader(packaged).load();
        assertTrue(load.ok(), load.problems().toString());
        var fromJar = load.sandbox().orElseThrow();
        var fromFolder = Deployments.sandbox();

        assertEquals(List.copyOf(fromFolder.sites().keySet()), List.copyOf(fromJar.sites().keySet()));
        assertEquals(List.copyOf(fromFolder.scenarios().keySet()), List.copyOf(fromJar.scenarios().keySet()));
        assertEquals(CAF, fromJar.scenarios().keySet().iterator().next(), "the manifest's first scenario");
        assertEquals(List.copyOf(fromFolder.scenarios().keySet()), List.copyOf(catalogue.sandbox().scenarios().keySet()),
                "the running catalogue keeps the manifest's order");
        assertEquals(fromFolder.listed(), catalogue.sandbox().listed());
    }

    private static void assertRefused(Runnable call) {
        RuntimeException thrown = assertThrows(RuntimeException.class, call::run);
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        assertTrue(cause instanceof RunRefusedException, "refused, not " + thrown);
    }

    private List<String> storedActions(long run) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var query = c.prepareStatement(
                "select action from sandbox_action where run_id = ? order by sequence_no")) {
            query.setLong(1, run);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    private List<Long> column(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var query = c.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static void runAtOnce(List<Callable<Void>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (var call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A learner of the demo organisation, new for one test. */
    private long newLearner(String displayName) throws SQLException {
        long organisation = accounts.findByUsername("apprenant1").orElseThrow().organisationId();
        String username = "sandbox-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            try (var insert = c.prepareStatement(
                    "insert into account (organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                            + " created_at, version) values (?, ?, ?, 'LEARNER', 'x', false, 0, current_timestamp, 0)")) {
                insert.setLong(1, organisation);
                insert.setString(2, username);
                insert.setString(3, displayName);
                insert.executeUpdate();
            }
            try (var query = c.prepareStatement("select id from account where username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }
}
