package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The help inbox and the audit log inside the server, with two organisations: A's trainer sees, answers and
 * closes A's requests; B's trainer sees none of them, by service or by address (a forged id is unknown); the
 * audit log is read by A's coordinator (A's lines only) and refused to trainers; no PIN ever reaches it.
 */
@ExtendWith(ArquillianExtension.class)
class HelpInboxServiceIT {

    private static final String PASSWORD = "Aide-Test-2026";
    private static final String MODULE = "ecran-tactile";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(HelpInboxServiceIT.class, HelpServiceProbe.class, StaffHttp.class);
    }

    @EJB
    private fr.pasapas.people.application.EnrolmentService enrolment;

    @EJB
    private HelpService help;

    @EJB
    private GroupService groups;

    @EJB
    private CatalogueService catalogue;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    @Test
    void a_trainer_answers_and_closes_a_request_of_their_workshop_that_the_other_organisation_never_sees() throws Exception {
        Organisations orgs = organisations();
        StaffHttp trainerA = StaffHttp.login(baseUrl(), orgs.trainerA(), PASSWORD);
        StaffHttp trainerB = StaffHttp.login(baseUrl(), orgs.trainerB(), PASSWORD);
        StaffHttp coordinatorA = StaffHttp.login(baseUrl(), orgs.coordinatorA(), PASSWORD);
        long learner = learnerInWorkshopOfA(orgs, "Awa");
        String step = catalogue.module(MODULE).orElseThrow().steps().get(1).id();
        assertEquals("0", trainerA.probe("op=waiting"), "nothing waits in a new organisation");

        help.requestHelp(learner, MODULE, step, "Je ne vois pas le bouton.");

        String mine = trainerA.probe("op=page&status=OPEN&mine=true");
        String[] row = mine.split("\\|");
        assertEquals(String.valueOf(learner), row[1], "A's trainer finds the request among their own waiting ones: " + mine);
        String id = row[0];
        assertEquals("Formatrice A", row[3], "the request goes to the trainer of the learner's workshop");
        assertEquals("2", row[4], "the trainer sees on which step the learner is stuck");
        assertEquals("Je ne vois pas le bouton.", row[5]);
        assertEquals("1", trainerA.probe("op=waiting"), "A's count shows the waiting request");
        assertEquals("1", coordinatorA.probe("op=waiting"), "so does A's coordinator's");
        assertEquals("0", trainerB.probe("op=waiting"), "B's count does not move");

        assertEquals("", trainerB.probe("op=page&status=ALL&mine=false"),
                "B's trainer must not see A's request, even asking for all of their organisation's");
        for (String forged : List.of("op=request&id=" + id, "op=answer&text=Bonjour&id=" + id, "op=close&id=" + id,
                "op=reopen&id=" + id)) {
            assertEquals("refused:help.inbox.unknown", trainerB.probe(forged),
                    "A's request is unknown to B, like one that does not exist (" + forged + ")");
        }
        assertTrue(trainerA.probe("op=request&id=" + id).contains("|OPEN|"), "B's attempts changed nothing");
        assertEquals(404, trainerB.get("trainer/help-request.xhtml?id=" + id).statusCode(),
                "A's request at a forged address is not found for B");
        HttpResponse<String> inboxOfB = trainerB.get("trainer/help.xhtml?status=ALL&scope=all");
        assertEquals(200, inboxOfB.statusCode());
        assertFalse(inboxOfB.body().contains("Je ne vois pas le bouton."), "B's inbox page does not show A's request");
        assertTrue(trainerA.get("trainer/help.xhtml").body().contains("Je ne vois pas le bouton."), "A's inbox page does");

        assertEquals("ok", trainerA.probe("op=answer&text=Touchez+le+carr%C3%A9+bleu.&id=" + id));
        assertEquals("ok", trainerA.probe("op=answer&text=Touchez+le+carr%C3%A9+bleu.&id=" + id), "answering twice is harmless");
        assertTrue(trainerA.probe("op=request&id=" + id).contains("|ANSWERED|"));
        assertEquals("0", trainerA.probe("op=waiting"), "an answered request no longer waits");
        assertEquals("Touchez le carré bleu.", help.answerOn(learner, MODULE, step).orElseThrow().answer(),
                "the learner reads the answer on the step");

        assertEquals("ok", trainerA.probe("op=close&id=" + id));
        assertEquals("ok", trainerA.probe("op=close&id=" + id), "closing twice is harmless");
        assertTrue(trainerA.probe("op=request&id=" + id).contains("|CLOSED|"));
        assertEquals("refused:help.inbox.closed", trainerA.probe("op=answer&text=Encore&id=" + id));
        assertEquals("ok", trainerA.probe("op=reopen&id=" + id));
        assertTrue(trainerA.probe("op=request&id=" + id).contains("|ANSWERED|"), "reopened with its answer");

        String log = coordinatorA.probe("op=audit");
        assertTrue(log.lines().anyMatch(l -> l.startsWith(AuditAction.HELP_ANSWERED + "|" + orgs.nameOfA() + "|Formatrice A|Awa ")),
                "A's coordinator reads in the audit log that the trainer answered the learner: " + log);
        assertTrue(log.lines().allMatch(l -> l.split("\\|")[1].equals(orgs.nameOfA())), "only A's lines for A's coordinator: " + log);
        assertEquals("", trainerB.probe("op=page&status=ALL&mine=false"), "still nothing of A for B");
    }

    @Test
    void the_audit_log_is_refused_to_trainers_by_service_and_by_address() throws Exception {
        Organisations orgs = organisations();
        StaffHttp trainerA = StaffHttp.login(baseUrl(), orgs.trainerA(), PASSWORD);
        StaffHttp coordinatorA = StaffHttp.login(baseUrl(), orgs.coordinatorA(), PASSWORD);
        assertEquals("0", trainerA.probe("op=waiting"), "the trainer is logged in and may use the inbox");
        assertEquals("refused:access", trainerA.probe("op=audit"), "the audit log service refuses a trainer");
        assertEquals("refused:access", coordinatorA.probe("op=auditAll"), "every organisation's log is for admins only");
        assertEquals(403, trainerA.get("trainer/audit.xhtml").statusCode(), "the audit page refuses a trainer");
        assertEquals(200, coordinatorA.get("trainer/audit.xhtml").statusCode(), "the coordinator reads the audit log");
    }

    @Test
    void no_pin_ever_appears_in_the_audit_log_after_creating_learners_and_giving_them_new_pins() throws Exception {
        Organisations orgs = organisations();
        StaffHttp coordinatorA = StaffHttp.login(baseUrl(), orgs.coordinatorA(), PASSWORD);
        List<String> pins = new java.util.ArrayList<>();
        for (String first : List.of("L%C3%A9a", "Paul")) {
            String[] created = coordinatorA.probe("op=create&last=Martin&first=" + first).split("\\|");
            pins.add(created[1]);
            pins.add(coordinatorA.probe("op=resetPin&id=" + created[0]).split("\\|")[1]);
        }

        String log = coordinatorA.probe("op=audit");
        assertEquals(4, log.lines().filter(l -> l.contains("Martin")).count(),
                "two creations and two new PINs are recorded: " + log);
        try (Connection c = dataSource.getConnection(); PreparedStatement all = c.prepareStatement(
                "select actor_name, subject, detail from audit_event where organisation_id = ?")) {
            all.setLong(1, orgs.a());
            try (ResultSet r = all.executeQuery()) {
                while (r.next()) {
                    String stored = r.getString(1) + " " + r.getString(2) + " " + r.getString(3);
                    for (String pin : pins) {
                        assertFalse(stored.contains(pin), "a PIN must never be written in the audit log: " + stored);
                    }
                }
            }
        }
    }

    // --- two organisations, each staff account a fixed username (the run-as principals), made once per database ---

    private record Organisations(long a, String nameOfA, String trainerA, String trainerB, String coordinatorA,
                                 long workshopOfA) {
    }

    /** Two new organisations: A with a trainer, a coordinator and a workshop assigned the module; B with a trainer. */
    private Organisations organisations() throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            long a = insert(c, "insert into organisation (name, created_at) values (?, current_timestamp)", "Centre A " + suffix);
            long b = insert(c, "insert into organisation (name, created_at) values (?, current_timestamp)", "Centre B " + suffix);
            long trainerOfA = account(c, a, "fa-" + suffix, "Formatrice A", "TRAINER");
            account(c, b, "fb-" + suffix, "Formateur B", "TRAINER");
            account(c, a, "ca-" + suffix, "Coordinatrice A", "PARTNER");
            long workshop = enrolment.workshop(a, trainerOfA, "Atelier A", java.util.Set.of(),
                    java.util.Collections.singletonMap(MODULE, null));
            return new Organisations(a, "Centre A " + suffix, "fa-" + suffix, "fb-" + suffix, "ca-" + suffix, workshop);
        }
    }

    /** A new learner of A, member of A's workshop (which has the module assigned). */
    private long learnerInWorkshopOfA(Organisations orgs, String firstName) throws SQLException {
        long learner;
        try (Connection c = dataSource.getConnection()) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            learner = account(c, orgs.a(), "l-" + suffix, firstName + " " + suffix, "LEARNER");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement member = c.prepareStatement("insert into group_member (group_id, learner_id) values (?, ?)")) {
            member.setLong(1, orgs.workshopOfA());
            member.setLong(2, learner);
            member.executeUpdate();
        }
        return learner;
    }

    private long account(Connection c, long organisationId, String username, String name, String role) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into account (organisation_id, username, display_name, role,"
                + " secret_hash, demo, failed_logins, created_at, version) values (?, ?, ?, ?, ?, false, 0, current_timestamp, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, organisationId);
            insert.setString(2, username);
            insert.setString(3, name);
            insert.setString(4, role);
            insert.setString(5, role.equals("LEARNER") ? "x" : secretHash.generate(PASSWORD.toCharArray()));
            insert.executeUpdate();
            long id = generatedKey(insert);
            try (PreparedStatement roles = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
                roles.setLong(1, id);
                roles.setString(2, role);
                roles.executeUpdate();
            }
            return id;
        }
    }

    private static long insert(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, value);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String baseUrl() {
        return System.getProperty("pasapas.public.url", "http://localhost:8180/");
    }
}
