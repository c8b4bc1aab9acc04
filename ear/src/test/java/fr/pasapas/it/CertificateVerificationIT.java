package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.certificates.application.CertificateRevocations;
import fr.pasapas.certificates.application.RevocationException;
import fr.pasapas.certificates.application.StaffCertificate;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.certificates.domain.RevocationReason;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, verification and revocation, inside the server with two organisations of its own: what anyone
 * reads at /verify/{code} and in the JSON (valid, revoked, unknown, over-long; the code typed in any form; the
 * public name and the learner's choice; the headers that keep answers out of caches and search engines), the
 * slowing down of a client who guesses codes, who may revoke what, and the learner told once.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateVerificationIT {

    private static final String PIN = "4826";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(CertificateVerificationIT.class, TestStaff.class, AsVerifyCoordinatorA.class,
                AsVerifyCoordinatorB.class, AsVerifyAdmin.class, AsVerifyTrainerA.class);
    }

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    @EJB
    private CertificateRevocations revocations;

    @EJB
    private AsVerifyCoordinatorA coordinatorA;

    @EJB
    private AsVerifyCoordinatorB coordinatorB;

    @EJB
    private AsVerifyAdmin admin;

    @EJB
    private AsVerifyTrainerA trainerA;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private long organisationA;
    private long organisationB;
    private String suffix;

    @BeforeEach
    void twoOrganisationsWithTheirStaff() throws Exception {
        suffix = Long.toString(System.nanoTime(), 36);
        try (Connection c = dataSource.getConnection()) {
            organisationA = staff(c, AsVerifyCoordinatorA.USERNAME, "PARTNER", "Centre Vérif A");
            organisationB = staff(c, AsVerifyCoordinatorB.USERNAME, "PARTNER", "Centre Vérif B");
            staff(c, AsVerifyAdmin.USERNAME, "ADMIN", "Centre Vérif B");
            long trainerOrg = staff(c, AsVerifyTrainerA.USERNAME, "TRAINER", "Centre Vérif A");
            assertEquals(organisationA, trainerOrg);
        }
    }

    @Test
    void a_valid_certificate_shows_the_first_name_and_initial_course_date_and_organisation_and_nothing_else() throws Exception {
        Learner learner = learner(organisationA, "Awa", "Diallo-Sow");
        String code = certificate(learner, "Centre Vérif A");

        HttpResponse<String> page = get("verify/" + code);
        assertEquals(200, page.statusCode());
        assertPrivate(page);
        assertTrue(page.body().contains("<meta name=\"robots\" content=\"noindex\""), "the page itself says noindex");
        assertEquals("Attestation valide", text(page.body(), "verdict"));
        assertEquals("Awa D.", text(page.body(), "learner"), "first name and initial by default");
        assertFalse(page.body().contains("Diallo-Sow"), "the last name is not shown by default");
        assertFalse(page.body().contains(learner.username()), "no username");
        assertEquals("Découvrir l’appareil", text(page.body(), "course"));
        assertEquals("Utiliser un écran tactile", text(page.body(), "module"));
        assertEquals("Centre Vérif A", text(page.body(), "organisation"));
        assertEquals("2026-03-14", attribute(page.body(), "date", "data-date"));
        assertTrue(text(page.body(), "date").contains("14 mars 2026"), text(page.body(), "date"));
        assertFalse(page.body().contains("DigComp"), "nothing else: no competences");

        JsonObject json = json("api/certificates/" + code, 200);
        assertEquals("valid", json.getString("status"));
        assertEquals(text(page.body(), "learner"), json.getString("name"), "the JSON says what the page says");
        assertEquals(text(page.body(), "course"), json.getString("course"));
        assertEquals(text(page.body(), "module"), json.getString("module"));
        assertEquals(text(page.body(), "organisation"), json.getString("organisation"));
        assertEquals(attribute(page.body(), "date", "data-date"), json.getString("issuedOn"));
        assertEquals(code, json.getString("code"));
        assertEquals(List.of("status", "code", "name", "course", "module", "issuedOn", "organisation"),
                List.copyOf(json.keySet()), "nothing else in the JSON either");
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_dashes_or_plus_signs_finds_the_same_certificate() throws Exception {
        String code = certificate(learner(organisationA, "Binta", "Keita"), "Centre Vérif A");
        String compact = code.replace("-", "");
        for (String typed : List.of(code.toLowerCase(Locale.ROOT), compact, compact.substring(0, 6) + "+" + compact.substring(6),
                "%20" + code.substring(0, 4) + "%20" + code.substring(5) + "%20", "-" + compact.toLowerCase(Locale.ROOT) + "-")) {
            HttpResponse<String> page = get("verify/" + typed);
            assertEquals(200, page.statusCode(), typed);
            assertEquals(code, text(page.body(), "code"), typed);
        }
        assertEquals(code, json("api/certificates/" + compact.toLowerCase(Locale.ROOT), 200).getString("code"));
        assertEquals(code, get("verify.xhtml?code=" + compact.toLowerCase(Locale.ROOT)).body().contains(code) ? code : "");
    }

    @Test
    void an_unknown_code_answers_404_with_the_form_and_an_over_long_one_400_without_a_lookup() throws Exception {
        HttpResponse<String> unknown = get("verify/ABCD-EFGH-JKMN");
        assertEquals(404, unknown.statusCode());
        assertPrivate(unknown);
        assertTrue(unknown.body().contains("Attestation introuvable") && unknown.body().contains("id=\"code\""),
                "a friendly page with the form to type the code again");
        JsonObject none = json("api/certificates/ABCD-EFGH-JKMN", 404);
        assertEquals("unknown", none.getString("status"));

        String tooLong = "K".repeat(CertificateCode.MAX_INPUT + 1);
        HttpResponse<String> longPage = get("verify/" + tooLong);
        assertEquals(400, longPage.statusCode());
        assertPrivate(longPage);
        assertTrue(longPage.body().contains("Ce code est trop long"), "the page says why");
        assertFalse(longPage.body().contains(tooLong), "the over-long input is not echoed");
        HttpResponse<String> longJson = anonymous.send(request("api/certificates/" + tooLong).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, longJson.statusCode());
        assertPrivate(longJson);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = browser.send(request("verify").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), "/verify is the form");
        assertPrivate(form);
        HttpResponse<String> typedTooLong = browser.send(request("verify.xhtml").header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("verify=verify&code="
                        + tooLong + "&check=x&jakarta.faces.ViewState=" + Deployments.viewState(form.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, typedTooLong.statusCode(), "an over-long code typed in the form is refused before any redirect");
        assertTrue(typedTooLong.body().contains("Ce code est trop long"));
        HttpResponse<String> typed = browser.send(request("verify.xhtml").header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("verify=verify&code="
                        + "abcd+efgh+jkmn&check=x&jakarta.faces.ViewState=" + Deployments.viewState(typedTooLong.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, typed.statusCode(), "a code typed in the form goes to its address");
        assertTrue(typed.headers().firstValue("Location").orElse("").endsWith("/verify/ABCD-EFGH-JKMN"),
                typed.headers().firstValue("Location").orElse(""));
    }

    @Test
    void the_learner_may_choose_to_show_their_full_name_on_the_page_and_in_the_json() throws Exception {
        Learner learner = learner(organisationA, "Chantal", "Nguyen");
        String code = certificate(learner, "Centre Vérif A");
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        login(client, learner);
        String page = client.send(request("learner/certificates.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains(code) && page.contains("Chantal N."), "the learner sees how the page names them");
        HttpResponse<String> saved = client.send(request("learner/certificates.xhtml").header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "name=name&full-name=on&save-name=x&jakarta.faces.ViewState=" + Deployments.viewState(page))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(saved.body().contains("C’est enregistré.") && saved.body().contains("Chantal Nguyen"), saved.body());

        assertEquals("Chantal Nguyen", text(get("verify/" + code).body(), "learner"));
        assertEquals("Chantal Nguyen", json("api/certificates/" + code, 200).getString("name"));
    }

    @Test
    void a_coordinator_revokes_their_organisations_certificates_only_and_trainers_and_others_find_nothing() throws Exception {
        Learner ofA = learner(organisationA, "Denise", "Roux");
        String code = certificate(ofA, "Centre Vérif A");

        assertThrows(RevocationException.class, () -> coordinatorB.call(() -> revocations.revoke(code, RevocationReason.FRAUD, null)),
                "a coordinator of another organisation is told the certificate does not exist");
        assertEquals(List.of(), coordinatorB.call(() -> revocations.find(code)));
        assertEquals(List.of(), coordinatorB.call(() -> revocations.find("Denise")));
        RevocationException trainer = assertThrows(RevocationException.class,
                () -> trainerA.call(() -> revocations.revoke(code, RevocationReason.FRAUD, null)));
        assertEquals("certificates.revoke.error.notFound", trainer.messageKey(), "a trainer is refused as not found");
        assertEquals(List.of(), trainerA.call(() -> revocations.find(code)));
        assertThrows(EJBException.class, () -> revocations.revoke(code, RevocationReason.FRAUD, null), "nobody logged in");
        assertEquals("Attestation valide", text(get("verify/" + code).body(), "verdict"), "nothing changed");

        assertEquals(List.of(code), coordinatorA.call(() -> revocations.find("denise ro")).stream()
                .map(StaffCertificate::code).toList(), "the coordinator finds it by name");
        RevocationException noNote = assertThrows(RevocationException.class,
                () -> coordinatorA.call(() -> revocations.revoke(code, RevocationReason.OTHER, " ")));
        assertEquals("certificates.revoke.error.noteRequired", noNote.messageKey());
        StaffCertificate revoked = coordinatorA.call(() -> revocations.revoke(code.toLowerCase(Locale.ROOT),
                RevocationReason.IDENTITY_ERROR, "Le nom de famille est mal écrit."));
        assertTrue(revoked.revoked());
        RevocationException twice = assertThrows(RevocationException.class,
                () -> coordinatorA.call(() -> revocations.revoke(code, RevocationReason.FRAUD, null)));
        assertEquals("certificates.revoke.error.already", twice.messageKey(), "the first revocation stays");

        HttpResponse<String> page = get("verify/" + code);
        assertEquals(200, page.statusCode());
        assertEquals("Attestation annulée", text(page.body(), "verdict"));
        assertTrue(text(page.body(), "reason").contains("Erreur sur l’identité"), text(page.body(), "reason"));
        assertFalse(page.body().contains("mal écrit"), "the note is for the learner, not the public");
        JsonObject json = json("api/certificates/" + code, 200);
        assertEquals("revoked", json.getString("status"));
        assertEquals("identity_error", json.getString("revocationReason"));
        assertEquals(attribute(page.body(), "revocation", "data-date"), json.getString("revokedOn"));

        try (Connection c = dataSource.getConnection();
             PreparedStatement audit = c.prepareStatement("select count(*) from audit_event where action = 'REVOKE_CERTIFICATE'"
                     + " and organisation_id = ? and detail like ?")) {
            audit.setLong(1, organisationA);
            audit.setString(2, code + "%IDENTITY_ERROR%");
            try (ResultSet rs = audit.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one line in the organisation's audit log");
            }
        }
    }

    @Test
    void a_coordinator_finds_a_certificate_on_their_page_and_revokes_it_only_after_confirming_with_a_reason() throws Exception {
        Learner learner = learner(organisationA, "Hélène", "Jacob");
        String code = certificate(learner, "Centre Vérif A");
        HttpClient coordinator = TestStaff.loggedIn(AsVerifyCoordinatorA.USERNAME, "Verif-Test-2026", new CookieManager());
        String found = TestStaff.body(coordinator, "trainer/certificates.xhtml?q=" + code.toLowerCase(Locale.ROOT));
        assertTrue(found.contains("Hélène Jacob") && found.contains(code), "the coordinator finds it by code");
        Matcher choose = Pattern.compile("name=\"([^\"]*:choose)\"").matcher(found);
        assertTrue(choose.find(), "a Revoke button on the row");
        String confirm = post(coordinator, "trainer/certificates.xhtml?q=" + code, "results=results&" + enc(choose.group(1))
                + "=x&jakarta.faces.ViewState=" + Deployments.viewState(found));
        assertTrue(confirm.contains("id=\"confirm\"") && confirm.contains("Cela ne peut pas être annulé"), "a confirmation first");
        assertEquals("Attestation valide", text(get("verify/" + code).body(), "verdict"), "nothing revoked before confirming");

        String noReason = post(coordinator, "trainer/certificates.xhtml?q=" + code, "revoke=revoke&revoke%3Areason=&revoke%3Anote="
                + "&revoke%3Ayes=x&jakarta.faces.ViewState=" + Deployments.viewState(confirm));
        assertTrue(noReason.contains("Choisissez une raison."), "a reason is required");
        String done = post(coordinator, "trainer/certificates.xhtml?q=" + code, "revoke=revoke&revoke%3Areason=FRAUD"
                + "&revoke%3Anote=&revoke%3Ayes=x&jakarta.faces.ViewState=" + Deployments.viewState(noReason));
        assertTrue(done.contains("L’attestation " + code + " est retirée."), done);
        assertEquals("fraud", json("api/certificates/" + code, 200).getString("revocationReason"));
    }

    @Test
    void an_admin_revokes_any_certificate_and_the_line_goes_to_the_learners_organisation() throws Exception {
        Learner ofA = learner(organisationA, "Emile", "Faure");
        String code = certificate(ofA, "Centre Vérif A");
        assertEquals(List.of(code), admin.call(() -> revocations.find(code)).stream().map(StaffCertificate::code).toList());
        admin.call(() -> revocations.revoke(code, RevocationReason.ISSUED_BY_MISTAKE, null));
        assertEquals("issued_by_mistake", json("api/certificates/" + code, 200).getString("revocationReason"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement audit = c.prepareStatement("select organisation_id from audit_event where action = 'REVOKE_CERTIFICATE'"
                     + " and detail like ?")) {
            audit.setString(1, code + "%");
            try (ResultSet rs = audit.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(organisationA, rs.getLong(1), "the admin's revocation is read in the learner's organisation's log");
            }
        }
    }

    @Test
    void the_learner_is_told_of_a_revocation_once_at_their_next_login() throws Exception {
        Learner learner = learner(organisationB, "Fanny", "Girard");
        String code = certificate(learner, "Centre Vérif B");
        coordinatorB.call(() -> revocations.revoke(code, RevocationReason.OTHER, "Module refait en janvier."));

        HttpClient first = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String landing = login(first, learner);
        assertTrue(landing.contains("Votre attestation « Utiliser un écran tactile » a été retirée : Autre raison.")
                && landing.contains("Module refait en janvier."), "the first page after login tells it: " + landing);
        String next = first.send(request("learner/certificates.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(next.contains("a été retirée"), "told once");
        assertTrue(next.contains("Retirée"), "the certificate page still shows the state");

        HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        assertFalse(login(again, learner).contains("a été retirée"), "not told again at the following login");
    }

    @Test
    void a_client_guessing_codes_is_slowed_down_with_429_and_retry_after_and_logged_once() throws Exception {
        InetAddress guesser = InetAddress.getByAddress(new byte[]{127, (byte) ThreadLocalRandom.current().nextInt(1, 250),
                (byte) ThreadLocalRandom.current().nextInt(1, 250), (byte) ThreadLocalRandom.current().nextInt(2, 250)});
        int refused = 0;
        int allowed = 0;
        String retryAfter = null;
        String body = null;
        for (int i = 0; i < 45; i++) {
            String path = i % 2 == 0 ? "verify/ABCD-EFGH-JK" + (char) ('M' + i % 10) + "N" : "api/certificates/ABCDEFGHJKM" + i % 10;
            String response = rawGet(guesser, path);
            if (response.startsWith("HTTP/1.1 429") || response.startsWith("HTTP/1.0 429")) {
                refused++;
                retryAfter = header(response, "Retry-After");
                body = response;
                assertEquals("no-store", header(response, "Cache-Control"));
            } else {
                allowed++;
            }
        }
        assertEquals(30, allowed, "the default burst is 30 lookups at once");
        assertEquals(15, refused);
        assertTrue(retryAfter != null && Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 6, retryAfter);
        assertTrue(body.contains("\"status\":\"too_many_requests\"") || body.contains("Trop de vérifications"), body);
        assertEquals(200, get("verify/" + certificate(learner(organisationA, "Gisèle", "Hamel"), "Centre Vérif A"))
                .statusCode(), "another address is not slowed down");

        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("Certificate lookups from " + guesser.getHostAddress() + " ")).count();
        assertEquals(1, lines, "one log line for the throttled client, not one per request");
    }

    private record Learner(long id, String username, String name) {
    }

    /** A staff account with this username, created with its organisation the first time; its organisation's id. */
    private long staff(Connection c, String username, String role, String organisationName) throws Exception {
        try (PreparedStatement find = c.prepareStatement("select organisation_id from account where username = ?")) {
            find.setString(1, username);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        long organisation;
        try (PreparedStatement find = c.prepareStatement("select id from organisation where name = ?")) {
            find.setString(1, organisationName);
            try (ResultSet rs = find.executeQuery()) {
                organisation = rs.next() ? rs.getLong(1) : TestStaff.organisation(c, organisationName);
            }
        }
        long id = TestStaff.account(c, organisation, username, username, role, secretHash.generate("Verif-Test-2026".toCharArray()));
        try (PreparedStatement roles = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            roles.setLong(1, id);
            roles.setString(2, role);
            roles.executeUpdate();
        }
        return organisation;
    }

    private Learner learner(long organisation, String first, String last) throws Exception {
        String username = (first.substring(0, 2) + suffix).toLowerCase(Locale.ROOT);
        try (Connection c = dataSource.getConnection()) {
            long id = TestStaff.account(c, organisation, username, first + " " + last, "LEARNER",
                    secretHash.generate(PIN.toCharArray()));
            try (PreparedStatement roles = c.prepareStatement("insert into account_role (account_id, role) values (?, 'LEARNER')")) {
                roles.setLong(1, id);
                roles.executeUpdate();
            }
            try (PreparedStatement charter = c.prepareStatement("insert into charter_acceptance (account_id, organisation_id,"
                    + " version, accepted_at) values (?, ?, ?, current_timestamp)")) {
                charter.setLong(1, id);
                charter.setLong(2, organisation);
                charter.setInt(3, fr.pasapas.people.domain.Charter.DEFAULT_VERSION);
                charter.executeUpdate();
            }
            return new Learner(id, username, first + " " + last);
        }
    }

    /** A certificate of the touch-screen module, issued on 14 March 2026; its code. */
    private String certificate(Learner learner, String organisationName) throws Exception {
        String code = CertificateCode.generate();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into certificate (code, learner_id, module_id, content_version,"
                     + " learner_name, module_title, course_title, competences, competence_names, estimated_minutes,"
                     + " organisation_name, issued_at) values (?, ?, 'ecran-tactile', 1, ?, 'Utiliser un écran tactile',"
                     + " 'Découvrir l’appareil', '1.1', 'Naviguer', 20, ?, ?)")) {
            insert.setString(1, code);
            insert.setLong(2, learner.id());
            insert.setString(3, learner.name());
            insert.setString(4, organisationName);
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-03-14T10:00:00Z")));
            insert.executeUpdate();
        }
        return code;
    }

    /** Logs a learner in as the login page does; the page they land on. */
    private static String login(HttpClient client, Learner learner) throws Exception {
        String page = client.send(request("login.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> after = client.send(request("login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&username=" + learner.username() + "&secret=" + PIN
                        + "&staff=false&submit=x&jakarta.faces.ViewState=" + Deployments.viewState(page))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(after.body().contains("incorrect"), "the learner logs in");
        return after.body();
    }

    private static String post(HttpClient client, String path, String form) throws Exception {
        HttpResponse<String> response = client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return anonymous.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject json(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertPrivate(response);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertPrivate(HttpResponse<String> response) {
        assertEquals("noindex", response.headers().firstValue("X-Robots-Tag").orElse(""), response.uri().toString());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), response.uri().toString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestStaff.baseUrl() + path));
    }

    private static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</(dd|h1|p)>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page should have #" + id);
        return m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    private static String attribute(String html, String id, String attribute) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*" + attribute + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "#" + id + " should have " + attribute);
        return m.group(1);
    }

    /** A GET sent from another loopback address (a distinct client for the limiter), as raw HTTP/1.0. */
    private static String rawGet(InetAddress from, String path) throws Exception {
        URI base = URI.create(TestStaff.baseUrl());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept-Language: fr\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String response, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ":\\s*(.+?)\\r?$").matcher(response);
        return m.find() ? m.group(1) : null;
    }
}
