package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what, over every page and endpoint of the application × every kind of visitor × both demo
 * organisations. The list of addresses comes from the application itself (its pages under the web root, its
 * servlets and REST resources in the web sources), so a new page or endpoint without a rule here fails the
 * test until someone decides who may open it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRulesIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    /** Who opens the page: nobody logged in, or a demo account of organisation A (Tilleuls) or B (PIMMS). */
    enum Visitor {
        ANONYMOUS(null, null, false),
        LEARNER_A("apprenant1", "1111", false),
        LEARNER_B("apprenant10", "1010", false),
        TRAINER_A("formateur", "Formateur-Demo-2026", true),
        COORDINATOR_A("partenaire", "Partenaire-Demo-2026", true),
        TRAINER_B("formatrice", "Formatrice-Demo-2026", true),
        /** Coordinator and trainer at once. */
        COORDINATOR_B("coordinatrice", "Coordinatrice-Demo-2026", true),
        ADMIN("admin", "Admin-Demo-2026", true);

        final String username;
        final String secret;
        final boolean staff;

        Visitor(String username, String secret, boolean staff) {
            this.username = username;
            this.secret = secret;
            this.staff = staff;
        }
    }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    private static final Set<Visitor> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));
    private static final Set<Visitor> LEARNERS = EnumSet.of(Visitor.LEARNER_A, Visitor.LEARNER_B);
    private static final Set<Visitor> STAFF = EnumSet.of(Visitor.TRAINER_A, Visitor.COORDINATOR_A, Visitor.TRAINER_B,
            Visitor.COORDINATOR_B, Visitor.ADMIN);
    private static final Set<Visitor> COORDINATORS = EnumSet.of(Visitor.COORDINATOR_A, Visitor.COORDINATOR_B, Visitor.ADMIN);
    private static final Set<Visitor> ADMINS = EnumSet.of(Visitor.ADMIN);

    /**
     * The rules: every address of the application and who may open it. An endpoint with a path parameter is
     * listed by its pattern ({@code /verify/*}) and requested with a sample value.
     */
    static final Map<String, Set<Visitor>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("/index.xhtml", LOGGED_IN),
            Map.entry("/login.xhtml", EVERYONE),
            Map.entry("/verify.xhtml", EVERYONE),
            Map.entry("/verify/*", EVERYONE),
            Map.entry("/api/catalogue", EVERYONE),
            // Open Badges: keys, did:web document, badge classes and revocation lists are public; a badge is its holder's
            Map.entry("/.well-known/*", EVERYONE),
            Map.entry("/did.json", EVERYONE),
            Map.entry("/api/badges", EVERYONE),
            Map.entry("/learner/badge/*", LEARNERS),
            Map.entry("/api/certificates/{code}", EVERYONE),
            Map.entry("/learner/certificates.xhtml", LEARNERS),
            Map.entry("/trainer/certificates.xhtml", COORDINATORS),
            Map.entry("/error/403.xhtml", EVERYONE),
            Map.entry("/error/404.xhtml", EVERYONE),
            Map.entry("/error/500.xhtml", EVERYONE),
            Map.entry("/media/*", LOGGED_IN),
            // staff follow courses too ("Me former"); a staff course stays hidden from learners (StaffCourseIT)
            Map.entry("/learner/modules.xhtml", LOGGED_IN),
            Map.entry("/learner/step.xhtml", LOGGED_IN),
            Map.entry("/learner/done.xhtml", LOGGED_IN),
            Map.entry("/learner/charter.xhtml", LEARNERS),
            Map.entry("/learner/certificate/*", LEARNERS),
            Map.entry("/practice/index.xhtml", LOGGED_IN),
            Map.entry("/practice/run.xhtml", LOGGED_IN),
            Map.entry("/practice/document", LOGGED_IN),
            Map.entry("/practice/looks.css", LOGGED_IN),
            Map.entry("/trainer/progress.xhtml", STAFF),
            Map.entry("/trainer/groups.xhtml", STAFF),
            Map.entry("/trainer/learners.xhtml", STAFF),
            Map.entry("/trainer/learner.xhtml", STAFF),
            Map.entry("/trainer/stuck.xhtml", STAFF),
            Map.entry("/trainer/export/*", STAFF),
            Map.entry("/trainer/staff.xhtml", COORDINATORS),
            Map.entry("/trainer/charter.xhtml", COORDINATORS),
            Map.entry("/trainer/figures.xhtml", COORDINATORS),
            Map.entry("/trainer/figures/export", COORDINATORS),
            Map.entry("/trainer/cards.pdf", STAFF),
            Map.entry("/trainer/workshop-certificates/*", STAFF),
            Map.entry("/trainer/import.xhtml", COORDINATORS),
            Map.entry("/trainer/help.xhtml", STAFF),
            Map.entry("/trainer/help-request.xhtml", STAFF),
            Map.entry("/trainer/audit.xhtml", COORDINATORS),
            Map.entry("/admin/content.xhtml", ADMINS),
            Map.entry("/admin/organisations.xhtml", ADMINS)));

    /** The learners of each organisation, whose names the other organisation's staff must never read. */
    private static final List<String> LEARNERS_OF_A = List.of("Jeanne Martin", "Mohamed Haddad", "Marie-Claire Dubois",
            "Nguyễn Văn Minh", "Josiane Petit", "Ahmed Benali", "Odette Lefèvre", "Samira Ouali", "Laurence Morel");
    private static final List<String> LEARNERS_OF_B = List.of("Trần Thị Lan", "Fatima Zahra El Idrissi", "Gérard Fontaine");

    private static final Path WEB_ROOT = Path.of("../web/src/main/webapp");
    private static final Path WEB_SOURCES = Path.of("../web/src/main/java");

    private static final Map<Visitor, HttpClient> CLIENTS = new EnumMap<>(Visitor.class);

    @BeforeAll
    static void logEveryoneIn() throws Exception {
        for (Visitor v : Visitor.values()) {
            CLIENTS.put(v, v == Visitor.ANONYMOUS
                    ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    : Deployments.loggedIn(v.username, v.secret, v.staff));
        }
    }

    @Test
    void every_page_and_endpoint_of_the_application_has_an_access_rule_and_every_rule_a_page() throws IOException {
        Set<String> addresses = applicationAddresses();
        Set<String> withoutRule = new TreeSet<>(addresses);
        withoutRule.removeAll(RULES.keySet());
        assertEquals(Set.of(), withoutRule, "these addresses have no access rule in AccessRulesIT.RULES: decide who may open them");
        Set<String> stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(addresses);
        assertEquals(Set.of(), stale, "these rules name addresses the application no longer has");
    }

    @Test
    void each_visitor_opens_exactly_the_addresses_their_rule_allows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Visitor>> rule : RULES.entrySet()) {
            String address = sample(rule.getKey());
            for (Visitor v : Visitor.values()) {
                HttpResponse<String> response = CLIENTS.get(v).send(get(address), HttpResponse.BodyHandlers.ofString());
                String seen = outcome(v, response);
                String expected = rule.getValue().contains(v) ? "open" : v == Visitor.ANONYMOUS ? "login" : "refused";
                if (!seen.equals(expected)) {
                    wrong.add(v + " " + address + ": " + seen + " (HTTP " + response.statusCode() + "), expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong, "visitors should open only what their rule allows");
    }

    @Test
    void no_page_shows_the_staff_of_one_organisation_a_learner_of_the_other() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, Set<Visitor>> rule : RULES.entrySet()) {
            String address = sample(rule.getKey());
            for (Visitor v : EnumSet.of(Visitor.TRAINER_A, Visitor.COORDINATOR_A, Visitor.TRAINER_B, Visitor.COORDINATOR_B,
                    Visitor.LEARNER_A, Visitor.LEARNER_B)) {
                if (!rule.getValue().contains(v)) {
                    continue;
                }
                String body = CLIENTS.get(v).send(get(address), HttpResponse.BodyHandlers.ofString()).body();
                List<String> others = v.name().endsWith("_A") ? LEARNERS_OF_B : LEARNERS_OF_A;
                others.stream().filter(body::contains).forEach(name -> leaks.add(v + " reads " + name + " on " + address));
            }
        }
        assertEquals(List.of(), leaks, "nobody may read the name of another organisation's learner");
    }

    @Test
    void a_coordinator_sees_the_team_of_their_own_organisation_only() throws Exception {
        String a = CLIENTS.get(Visitor.COORDINATOR_A).send(get("/trainer/staff.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        String b = CLIENTS.get(Visitor.COORDINATOR_B).send(get("/trainer/staff.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(a.contains("Karim Formateur") && !a.contains("Lucie Moreau") && !a.contains("Nadia Belkacem"), a);
        assertTrue(b.contains("Lucie Moreau") && b.contains("Nadia Belkacem") && !b.contains("Karim Formateur"), b);
    }

    @Test
    void a_trainer_lists_the_learners_of_their_workshops_and_a_coordinator_all_of_the_organisation() throws Exception {
        String trainer = CLIENTS.get(Visitor.TRAINER_A).send(get("/trainer/learners.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        String coordinator = CLIENTS.get(Visitor.COORDINATOR_A).send(get("/trainer/learners.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(trainer.contains("Jeanne Martin") && !trainer.contains("Laurence Morel"),
                "apprenant9 is in no workshop of the trainer's");
        assertTrue(coordinator.contains("Jeanne Martin") && coordinator.contains("Laurence Morel"));
        String trainerBoard = CLIENTS.get(Visitor.TRAINER_A).send(get("/trainer/progress.xhtml?size=50"),
                HttpResponse.BodyHandlers.ofString()).body();
        String coordinatorBoard = CLIENTS.get(Visitor.COORDINATOR_A).send(get("/trainer/progress.xhtml?size=50"),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(trainerBoard.contains("Jeanne Martin") && !trainerBoard.contains("Laurence Morel"),
                "the trainer's dashboard shows the learners of their workshops only");
        assertTrue(coordinatorBoard.contains("Laurence Morel"), "the coordinator's dashboard shows the whole organisation");
    }

    /** What a visitor got: the page ("open"), the login page ("login"), a refusal, or a server error. */
    private static String outcome(Visitor v, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "error";
        }
        if (status == 403) {
            return "refused";
        }
        boolean toLogin = status == 302 && response.headers().firstValue("Location").orElse("").contains("login.xhtml")
                || v != Visitor.ANONYMOUS && response.uri().getPath().endsWith("/login.xhtml")
                && !response.request().uri().getPath().endsWith("/login.xhtml");
        return toLogin ? "login" : "open";
    }

    /** Pages under the web root (not WEB-INF, not resources), servlet patterns and REST paths from the sources. */
    static Set<String> applicationAddresses() throws IOException {
        Set<String> addresses = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEB_ROOT)) {
            files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> "/" + WEB_ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/")).forEach(addresses::add);
        }
        Pattern servlet = Pattern.compile("@WebServlet\\((?:[^)]*?urlPatterns\\s*=\\s*)?\\{?\\s*\"([^\"]+)\"");
        Pattern applicationPath = Pattern.compile("@ApplicationPath\\(\"([^\"]+)\"\\)");
        Pattern resource = Pattern.compile("^@Path\\(\"([^\"]+)\"\\)", Pattern.MULTILINE);
        String restRoot = "";
        List<String> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEB_SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher m = servlet.matcher(text);
                while (m.find()) {
                    addresses.add(m.group(1));
                }
                Matcher app = applicationPath.matcher(text);
                if (app.find()) {
                    restRoot = app.group(1);
                }
                Matcher r = resource.matcher(text);
                while (r.find()) {
                    resources.add(r.group(1));
                }
            }
        }
        for (String path : resources) {
            addresses.add(("/" + restRoot + "/" + path).replaceAll("/+", "/"));
        }
        return addresses;
    }

    /** The address to request for a rule: a pattern's {@code *} becomes a sample value. */
    private static String sample(String address) {
        return address.replace("*", "sample").replaceAll("\\{[^}]+}", "sample");
    }

    private static HttpRequest get(String address) {
        return HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + address.substring(1))).GET().build();
    }
}
