package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.reporting.application.figures.FundersFigures;
import fr.pasapas.reporting.application.figures.MonthRange;
import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * Figures for funders with two organisations whose learners enrolled, learned, practised and earned a certificate
 * through the application's services: each coordinator downloads their own numbers, exactly, and never the other's;
 * a trainer gets nothing, by service, page, export or address; the admin sees both and the total.
 */
@ExtendWith(ArquillianExtension.class)
class FundersFiguresIT {

    private static final String PASSWORD = "Coordination-Test-2026";
    private static final String MODULE = "ecran-tactile";
    private static final String CAF = "caf-se-connecter";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(FundersFiguresIT.class, AsTrainer.class, StaffHttp.class, SqlStatements.class,
                SqlStatements.ThrowingRunnable.class);
    }

    @EJB
    private fr.pasapas.people.application.EnrolmentService enrolment;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private ProgressService progress;

    @EJB
    private HelpService help;

    @EJB
    private GroupService groups;

    @EJB
    private SandboxService sandbox;

    @EJB
    private FundersFigures figures;

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
    void each_coordinator_downloads_their_own_figures_exactly_a_trainer_gets_none_and_the_admin_gets_both_and_the_total()
            throws Exception {
        YearMonth now = YearMonth.now(Clock.system(fr.pasapas.config.PlatformTime.ZONE));
        Organisation a = organisation("A");
        long born1950 = a.learner(now.getYear() - 76); // 75 and over, whatever the year the test runs
        long born2001 = a.learner(now.getYear() - 25); // under 26
        a.learner(null); // enrolled, never came
        progress.completeWithCorrectAnswers(born1950, MODULE); // a module, its certificate
        passCafLogin(born1950); // a finished practice run
        spendTenMinutesOnEachOfTheFirstSteps(born2001, 3); // half an hour
        help.requestHelp(born2001, MODULE, catalogue.module(MODULE).orElseThrow().steps().get(0).id(), "Je suis perdu.");
        enrolment.workshop(a.id, a.trainerId, "Matin " + a.suffix, Set.of(born1950, born2001), java.util.Map.of());
        enrolment.workshop(a.id, a.trainerId, "Soir " + a.suffix, Set.of(born1950), java.util.Map.of());

        Organisation b = organisation("B");
        long born1980 = b.learner(1980);
        b.learner(1990);
        spendTenMinutesOnEachOfTheFirstSteps(born1980, 1);

        String range = "&from=" + now.minusMonths(1) + "&to=" + now.plusMonths(1); // a month may turn during the test

        StaffHttp coordinatorA = StaffHttp.login(baseUrl(), a.coordinator, PASSWORD);
        Csv ofA = Csv.of(coordinatorA.get("trainer/figures/export?format=csv" + range));
        assertEquals(List.of(3L, 2L, 1L, 1L, 1L), ofA.counts(a.name, "Toute la période", "Ensemble", ""),
                "A's coordinator reads 3 enrolled, 2 active, 1 module, 1 practice run, 1 certificate");
        assertEquals("0,5", ofA.hours(a.name, "Toute la période", "Ensemble", ""), "half an hour spent");
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), ofA.sumOver(a.name, "Tranche d’âge", "75 ans et plus"), "76 this year");
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), ofA.sumOver(a.name, "Tranche d’âge", "Moins de 26 ans"), "25 this year");
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), ofA.sumOver(a.name, "Tranche d’âge", "Non renseigné"), "no birth year");
        assertEquals(List.of(2L, 2L, 1L, 1L, 1L), ofA.sumOver(a.name, "Atelier", "Matin " + a.suffix));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), ofA.sumOver(a.name, "Atelier", "Soir " + a.suffix), "in two workshops, counted in both");
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), ofA.sumOver(a.name, "Atelier", "Sans atelier"));
        assertFalse(ofA.text.contains(b.name), "A's coordinator never reads B's name");
        assertEquals(Set.of(a.name), ofA.organisations(), "nothing but A's lines");

        HttpResponse<String> asking = coordinatorA.get("trainer/figures/export?format=csv" + range + "&organisation=" + b.id);
        assertEquals(400, asking.statusCode(), "B's figures asked for by id are refused");
        assertFalse(asking.body().contains(b.name));
        String page = coordinatorA.get("trainer/figures.xhtml?organisation=" + b.id + range).body();
        assertTrue(page.contains("Cette structure n’existe pas"), "the page says why");
        assertFalse(page.contains(b.name), "and shows nothing of B");

        StaffHttp coordinatorB = StaffHttp.login(baseUrl(), b.coordinator, PASSWORD);
        Csv ofB = Csv.of(coordinatorB.get("trainer/figures/export?format=csv" + range));
        assertEquals(List.of(2L, 1L, 0L, 0L, 0L), ofB.counts(b.name, "Toute la période", "Ensemble", ""));
        assertEquals(Set.of(b.name), ofB.organisations());

        StaffHttp trainerB = StaffHttp.login(baseUrl(), b.trainer, PASSWORD);
        assertEquals(403, trainerB.get("trainer/figures.xhtml").statusCode(), "no page for a trainer");
        assertEquals(403, trainerB.get("trainer/figures/export?format=csv" + range + "&organisation=" + a.id).statusCode(),
                "no export for a trainer, not even by address");
        assertFalse(trainerB.get("trainer/progress.xhtml").body().contains("figures.xhtml"), "no link to it in the menu");
        MonthRange months = new MonthRange(now.minusMonths(1), now.plusMonths(1));
        assertTrue(refused(() -> asTrainer.call(() -> figures.figures(months, null))), "the service refuses a trainer");
        assertTrue(refused(() -> asTrainer.call(() -> figures.figures(months, a.id))));

        StaffHttp admin = StaffHttp.login(baseUrl(), "admin", "Admin-Demo-2026");
        Csv all = Csv.of(admin.get("trainer/figures/export?format=csv" + range));
        assertEquals(ofA.counts(a.name, "Toute la période", "Ensemble", ""), all.counts(a.name, "Toute la période", "Ensemble", ""));
        assertEquals(ofB.counts(b.name, "Toute la période", "Ensemble", ""), all.counts(b.name, "Toute la période", "Ensemble", ""));
        for (String month : List.of(now.minusMonths(1).toString(), now.toString(), now.plusMonths(1).toString())) {
            assertEquals(all.sumOfOrganisations(month), all.counts("Toutes les structures", month, "Ensemble", ""),
                    "the total of " + month + " is the sum of the organisations");
        }
        Csv onlyA = Csv.of(admin.get("trainer/figures/export?format=csv" + range + "&organisation=" + a.id));
        assertEquals(ofA.text, onlyA.text, "the admin reads A's figures as A's coordinator does");

        SqlStatements statements = new SqlStatements(factory);
        long forA = statements.during(() -> coordinatorA.get("trainer/figures.xhtml?" + range.substring(1)));
        long forAll = statements.during(() -> admin.get("trainer/figures.xhtml?" + range.substring(1)));
        spendTenMinutesOnEachOfTheFirstSteps(a.learner(1970), 2);
        spendTenMinutesOnEachOfTheFirstSteps(a.learner(1971), 2);
        assertEquals(forA, statements.during(() -> coordinatorA.get("trainer/figures.xhtml?" + range.substring(1))),
                "more learners, as many statements");
        assertEquals(forAll, statements.during(() -> admin.get("trainer/figures.xhtml?" + range.substring(1))));
        System.out.printf("Figures page statements: one organisation %d, all %d%n", forA, forAll);
    }

    /**
     * The learners' monthly summary (what the figures read) says exactly what their events say, for learners who
     * learned, practised, earned a certificate, sat in two workshops; and eight requests of one learner at once
     * (answers and time on a step, as two tabs or a resending tablet would) all count, none fails.
     */
    @Test
    void the_monthly_summary_says_what_the_events_say_and_one_learners_concurrent_requests_all_count() throws Exception {
        YearMonth now = YearMonth.now(Clock.system(fr.pasapas.config.PlatformTime.ZONE));
        Organisation s = organisation("S");
        long certified = s.learner(1960);
        long practising = s.learner(null);
        long busy = s.learner(now.getYear() - 20);
        progress.completeWithCorrectAnswers(certified, MODULE);
        passCafLogin(practising);
        spendTenMinutesOnEachOfTheFirstSteps(busy, 3);
        enrolment.workshop(s.id, s.trainerId, "Matin " + s.suffix, Set.of(certified, busy), java.util.Map.of());
        enrolment.workshop(s.id, s.trainerId, "Soir " + s.suffix, Set.of(certified), java.util.Map.of());

        Module module = catalogue.module(MODULE).orElseThrow();
        Step explanation = module.steps().get(0);
        Step question = module.steps().get(3);
        progress.openStep(busy, MODULE, question.id());
        Answer right = ((QuestionStep) question).rightAnswer();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> requests = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            requests.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 5; i++) {
                    progress.answer(busy, MODULE, question.id(), right, UUID.randomUUID().toString(), 0);
                    progress.completeExplanation(busy, MODULE, explanation.id(), 60);
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> request : requests) {
            request.get(); // a request that failed fails here
        }
        pool.shutdown();

        try (Connection c = dataSource.getConnection()) {
            assertEquals(List.of(44L, 3 * 600L + 40 * 60L), summaryOf(c, busy), "4 steps opened and 40 answers: "
                    + "the activity; half an hour, then 40 minutes more on the first step, all in the month it was opened");
            MonthRange range = new MonthRange(now.minusMonths(1), now.plusMonths(1)); // a month may turn during the test
            for (fr.pasapas.reporting.infrastructure.figures.Split split : List.of(
                    fr.pasapas.reporting.infrastructure.figures.Split.AGE_BAND,
                    fr.pasapas.reporting.infrastructure.figures.Split.WORKSHOP)) {
                List<fr.pasapas.reporting.infrastructure.figures.EventAggregate> fromEvents = lines(c,
                        fr.pasapas.reporting.infrastructure.figures.FigureSql.aggregate(range.start(), range.end(),
                                range.monthStartsAfterFirst(), range.first().getYear(), range.yearStartsAfterFirst(),
                                fr.pasapas.reporting.application.figures.AgeBand.floors(), s.id, true, split), null)
                        .stream().filter(l -> l.kind() != fr.pasapas.reporting.infrastructure.figures.EventKind.ENROLLED
                                && l.kind() != fr.pasapas.reporting.infrastructure.figures.EventKind.CERTIFICATE).toList();
                List<fr.pasapas.reporting.infrastructure.figures.EventAggregate> fromSummary = lines(c,
                        fr.pasapas.reporting.infrastructure.figures.LearnerMonthSql.aggregate(range.first(), range.last(),
                                fr.pasapas.reporting.application.figures.AgeBand.floors(), s.id, split), range.first());
                assertEquals(Set.copyOf(fromEvents), Set.copyOf(fromSummary), "by " + split);
                assertEquals(fromEvents.size(), fromSummary.size());
                assertEquals(3, fromEvents.stream().map(l -> l.kind()).distinct().count(), "active, modules and runs: " + fromEvents);
            }
        }
    }

    /** The learner's activity and seconds over all months of the summary. */
    private static List<Long> summaryOf(Connection c, long learner) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT SUM(activity), SUM(seconds) FROM learner_month"
                + " WHERE learner_id = ?")) {
            query.setLong(1, learner);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return List.of(r.getLong(1), r.getLong(2));
            }
        }
    }

    /** The lines of a statement: the event-reading SQL's (no first month), or the summary's. */
    private static List<fr.pasapas.reporting.infrastructure.figures.EventAggregate> lines(Connection c,
            fr.pasapas.reporting.infrastructure.figures.FigureSql statement, YearMonth first) throws SQLException {
        fr.pasapas.reporting.infrastructure.figures.FigureSql.Positional jdbc = statement.positional();
        List<fr.pasapas.reporting.infrastructure.figures.EventAggregate> lines = new java.util.ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(jdbc.sql())) {
            for (int i = 0; i < jdbc.values().size(); i++) {
                query.setObject(i + 1, jdbc.values().get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    if (first == null) {
                        lines.add(fr.pasapas.reporting.infrastructure.figures.FigureSql.aggregateLine(row));
                    } else {
                        lines.addAll(fr.pasapas.reporting.infrastructure.figures.LearnerMonthSql.lines(row, first));
                    }
                }
            }
        }
        return lines;
    }

    private static boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            throw e;
        }
    }

    /** Opens the first steps of the module, answering or reading each, ten minutes on each. */
    private void spendTenMinutesOnEachOfTheFirstSteps(long learner, int steps) {
        Module module = catalogue.module(MODULE).orElseThrow();
        for (Step step : module.steps().subList(0, steps)) {
            progress.openStep(learner, MODULE, step.id());
            if (step.isQuestion()) {
                Answer right = ((QuestionStep) step).rightAnswer();
                progress.answer(learner, MODULE, step.id(), right, UUID.randomUUID().toString(), 600);
            } else {
                progress.completeExplanation(learner, MODULE, step.id(), 600);
            }
        }
    }

    /** Plays the CAF login scenario to its end (as SandboxRunsIT does). */
    private void passCafLogin(long learner) {
        long run = sandbox.start(learner, CAF, Mode.GUIDED).runId();
        RunView view = null;
        for (Action action : List.of(new Action.Press("mon-compte"), new Action.Press("se-connecter"),
                new Action.Fill("nir", "1 84 13 99 999 902", false), new Action.Fill("mot-de-passe", "Yanis-Foot-9", false),
                new Action.Press("connexion"), new Action.Press("envoyer-code"), new Action.Open("messagerie"),
                new Action.Press("code-caf"), new Action.Open("caf"))) {
            view = sandbox.act(learner, run, action, UUID.randomUUID().toString());
        }
        sandbox.act(learner, run, new Action.Fill("code", view.state().latestCode().orElseThrow(), false), UUID.randomUUID().toString());
        assertTrue(sandbox.act(learner, run, new Action.Press("valider-code"), UUID.randomUUID().toString())
                .state().result().orElseThrow().passed(), "the practice run should pass");
    }

    // --- the downloaded CSV, as a spreadsheet would read it ---

    private record Csv(String text, List<String[]> lines) {

        static Csv of(HttpResponse<String> response) {
            assertEquals(200, response.statusCode(), response.body());
            String text = response.body();
            assertTrue(text.startsWith("\uFEFF"), "a CSV for French Excel starts with a byte order mark");
            List<String[]> lines = text.substring(1).lines().skip(1).map(l -> l.split(";", -1)).toList();
            return new Csv(text, lines);
        }

        /** enrolled, active, modules, runs, certificates of one line. */
        List<Long> counts(String organisation, String month, String split, String group) {
            String[] line = lines.stream().filter(l -> l[0].equals(organisation) && l[1].equals(month)
                    && l[2].equals(split) && l[3].equals(group)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line " + organisation + "/" + month + "/" + split + "/" + group + " in\n" + text));
            return counts(line);
        }

        String hours(String organisation, String month, String split, String group) {
            return lines.stream().filter(l -> l[0].equals(organisation) && l[1].equals(month) && l[2].equals(split)
                    && l[3].equals(group)).findFirst().orElseThrow()[9];
        }

        /** The lines of a split value added up over the months. */
        List<Long> sumOver(String organisation, String split, String group) {
            return sum(lines.stream().filter(l -> l[0].equals(organisation) && l[2].equals(split) && l[3].equals(group)).toList());
        }

        List<Long> sumOfOrganisations(String month) {
            return sum(lines.stream().filter(l -> !l[0].equals("Toutes les structures") && l[1].equals(month)
                    && l[2].equals("Ensemble")).toList());
        }

        Set<String> organisations() {
            return Set.copyOf(lines.stream().map(l -> l[0]).toList());
        }

        private static List<Long> sum(List<String[]> chosen) {
            long[] total = new long[5];
            chosen.forEach(l -> {
                List<Long> c = counts(l);
                for (int i = 0; i < 5; i++) {
                    total[i] += c.get(i);
                }
            });
            return List.of(total[0], total[1], total[2], total[3], total[4]);
        }

        private static List<Long> counts(String[] line) {
            return List.of(Long.parseLong(line[4]), Long.parseLong(line[5]), Long.parseLong(line[6]),
                    Long.parseLong(line[7]), Long.parseLong(line[8]));
        }
    }

    // --- two organisations, each with a coordinator, a trainer and learners ---

    private final class Organisation {
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final String name;
        final long id;
        final String coordinator;
        final String trainer;
        final long trainerId;

        Organisation(String letter) throws SQLException {
            name = "Centre " + letter + " " + suffix;
            coordinator = "coord-" + letter.toLowerCase() + "-" + suffix;
            trainer = "form-" + letter.toLowerCase() + "-" + suffix;
            try (Connection c = dataSource.getConnection()) {
                id = insert(c, "insert into organisation (name, created_at) values (?, ?)", name, now());
                account(c, id, coordinator, "PARTNER", secretHash.generate(PASSWORD.toCharArray()), null);
                trainerId = account(c, id, trainer, "TRAINER", secretHash.generate(PASSWORD.toCharArray()), null);
            }
        }

        /** A learner enrolled now, born that year (or not said). */
        long learner(Integer birthYear) throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                return account(c, id, "l-" + UUID.randomUUID().toString().substring(0, 12), "LEARNER", "x", birthYear);
            }
        }
    }

    private Organisation organisation(String letter) throws SQLException {
        return new Organisation(letter);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static long account(Connection c, long organisationId, String username, String role, String hash,
                                Integer birthYear) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into account (organisation_id, username, display_name,"
                + " role, secret_hash, demo, failed_logins, created_at, version, birth_year)"
                + " values (?, ?, ?, ?, ?, false, 0, ?, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, organisationId);
            insert.setString(2, username);
            insert.setString(3, "Personne " + username);
            insert.setString(4, role);
            insert.setString(5, hash);
            insert.setObject(6, now());
            insert.setObject(7, birthYear);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long insert(Connection c, String sql, String name, LocalDateTime at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setObject(2, at);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Inside the server, the address the tests' server was started with. */
    private static String baseUrl() {
        return System.getProperty("pasapas.public.url", "http://localhost:8180/");
    }
}
