package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.application.EnrolmentService;
import fr.pasapas.people.domain.Role;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The charter of each organisation and the boundaries of login cards, inside the server: two organisations of
 * their own (the demo organisation's charter stays at version 1, so the other tests' demo learners are never
 * asked), driven through the pages as a browser would, and checked in the database.
 */
@ExtendWith(ArquillianExtension.class)
class CharterIT {

    private static final String PASSWORD = "Coordination-Test-2026";

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(CharterIT.class);
    }

    @EJB
    private EnrolmentService enrolment;

    @PersistenceUnit(unitName = "pasapas")
    private EntityManagerFactory factory;

    private record Org(long id, String coordinator, String trainer, String learner, long learnerId) {
    }

    /** Two organisations for the whole class: accounts cost a password hash each. */
    private static Org a;
    private static Org b;

    private void organisations() {
        if (a == null) {
            a = organisation("4826");
            b = organisation("5937");
        }
    }

    private Org organisation(String pin) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long id = enrolment.organisation("Maison France services " + suffix);
        enrolment.account(id, "coord-" + suffix, "Coordinatrice " + suffix, Set.of(Role.PARTNER), PASSWORD, false);
        enrolment.account(id, "form-" + suffix, "Formateur " + suffix, Set.of(Role.TRAINER), PASSWORD, false);
        long learner = enrolment.account(id, "hoa-" + suffix, "Nguyễn Thị Hoa " + suffix, Set.of(Role.LEARNER), pin, false);
        return new Org(id, "coord-" + suffix, "form-" + suffix, "hoa-" + suffix, learner);
    }

    @Test
    void a_learner_accepts_once_is_asked_again_after_a_new_version_and_another_organisation_keeps_its_own() throws Exception {
        organisations();
        HttpClient learnerA = loggedIn(a.learner(), "4826", false);
        HttpClient learnerB = loggedIn(b.learner(), "5937", false);

        HttpResponse<String> first = learnerA.send(get("learner/modules.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertTrue(first.uri().getPath().endsWith("/learner/charter.xhtml"), "a new learner sees the charter first: " + first.uri());
        assertTrue(first.body().contains("Votre code secret est à vous"), "the default charter, in plain French");
        // a double tap: the same form sent twice records one acceptance and opens the modules both times
        assertTrue(accept(learnerA, first.body()).body().contains("Mes modules"));
        assertTrue(accept(learnerA, first.body()).body().contains("Mes modules"));
        assertEquals(List.of(1), acceptedVersions(a), "one acceptance, of version 1");
        assertTrue(page(learnerA, "learner/modules.xhtml").contains("Mes modules"), "not asked again");
        accept(learnerB, page(learnerB, "learner/modules.xhtml"));

        HttpClient coordinatorA = loggedIn(a.coordinator(), PASSWORD, true);
        String text = "Ici, on apprend ensemble.\nVotre code est secret.";
        assertTrue(save(coordinatorA, text).body().contains("version 2"), "the coordinator's text is version 2");
        save(coordinatorA, text); // saved again, the same: no version 3
        assertEquals(List.of(2), versions(a));
        assertEquals(1L, count("select count(e) from AuditEvent e where e.organisationId = ?1"
                + " and e.action = fr.pasapas.people.domain.AuditAction.CHARTER_CHANGED", a.id()));

        HttpResponse<String> again = learnerA.send(get("learner/step.xhtml?module=ecran-tactile"), HttpResponse.BodyHandlers.ofString());
        assertTrue(again.uri().getPath().endsWith("/learner/charter.xhtml") && again.body().contains("Ici, on apprend ensemble."),
                "after a new version, the learner's next page is the new charter: " + again.uri());
        HttpResponse<String> opened = accept(learnerA, again.body());
        assertTrue(opened.uri().getPath().endsWith("/learner/step.xhtml"),
                "then the page the learner was going to opens: " + opened.uri());
        assertEquals(List.of(1, 2), acceptedVersions(a));

        assertTrue(page(learnerB, "learner/modules.xhtml").contains("Mes modules"),
                "another organisation's learner is not asked: their charter did not change");
        assertEquals(List.of(), versions(b));
        String coordinatorB = page(loggedIn(b.coordinator(), PASSWORD, true), "trainer/charter.xhtml");
        assertTrue(coordinatorB.contains("Votre code secret est à vous") && !coordinatorB.contains("Ici, on apprend"),
                "each organisation edits its own charter");
    }

    @Test
    void a_trainer_cannot_change_the_charter_nor_print_cards_of_learners_they_do_not_follow_and_a_coordinator_can() throws Exception {
        organisations();
        HttpClient trainerA = loggedIn(a.trainer(), PASSWORD, true);
        HttpResponse<String> charter = trainerA.send(get("trainer/charter.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, charter.statusCode(), "the charter is the coordinators'");

        long printedBefore = count("select count(e) from AuditEvent e where e.action"
                + " = fr.pasapas.people.domain.AuditAction.LOGIN_CARDS_PRINTED and e.organisationId = ?1", a.id());
        HttpResponse<String> other = trainerA.send(HttpRequest.newBuilder(URI.create(baseUrl() + "trainer/cards.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("learner=" + b.learnerId())).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = trainerA.send(HttpRequest.newBuilder(URI.create(baseUrl() + "trainer/cards.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("learner=987654321")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notInTheirWorkshops = trainerA.send(HttpRequest.newBuilder(URI.create(baseUrl() + "trainer/cards.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("learner=" + a.learnerId())).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> refused : List.of(other, unknown, notInTheirWorkshops)) {
            assertTrue(refused.uri().getPath().endsWith("/trainer/learners.xhtml"), refused.uri().toString());
            assertTrue(refused.body().contains("n’existe pas ou n’est pas dans votre structure"),
                    "another organisation's learner is refused like one that does not exist");
        }
        HttpResponse<byte[]> own = loggedIn(a.coordinator(), PASSWORD, true).send(HttpRequest.newBuilder(URI.create(baseUrl() + "trainer/cards.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("learner=" + a.learnerId())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
        assertEquals(printedBefore + 1, count("select count(e) from AuditEvent e where e.action"
                + " = fr.pasapas.people.domain.AuditAction.LOGIN_CARDS_PRINTED and e.organisationId = ?1", a.id()),
                "the coordinator prints the card of a learner of the organisation: one line in the audit log; refusals none");
    }

    // --- the database ---

    private List<Integer> acceptedVersions(Org org) {
        try (EntityManager em = factory.createEntityManager()) {
            return em.createQuery("select a.version from CharterAcceptance a where a.accountId = ?1 order by a.version",
                    Integer.class).setParameter(1, org.learnerId()).getResultList();
        }
    }

    private List<Integer> versions(Org org) {
        try (EntityManager em = factory.createEntityManager()) {
            return em.createQuery("select c.version from OrganisationCharter c where c.organisationId = ?1 order by c.version",
                    Integer.class).setParameter(1, org.id()).getResultList();
        }
    }

    private long count(String jpql, long organisationId) {
        try (EntityManager em = factory.createEntityManager()) {
            return em.createQuery(jpql, Long.class).setParameter(1, organisationId).getSingleResult();
        }
    }

    // --- the pages, as a browser asks for them ---

    private static HttpResponse<String> accept(HttpClient learner, String charterPage) throws Exception {
        String version = field(charterPage, "version");
        String next = field(charterPage, "next");
        return send(learner, "learner/charter.xhtml", "accept=accept&accept%3Ago=x&version=" + version + "&next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&jakarta.faces.ViewState=" + Deployments.viewState(charterPage));
    }

    private static HttpResponse<String> save(HttpClient coordinator, String text) throws Exception {
        String page = page(coordinator, "trainer/charter.xhtml");
        return send(coordinator, "trainer/charter.xhtml", "charter=charter&charter%3Asave=x&charter%3Atext="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&jakarta.faces.ViewState=" + Deployments.viewState(page));
    }

    private static String field(String page, String name) {
        var m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("the charter page should have the field " + name);
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String page(HttpClient client, String path) throws Exception {
        HttpResponse<String> page = client.send(get(path), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    private static HttpResponse<String> send(HttpClient client, String path, String form) throws Exception {
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode(), path);
        return after;
    }

    private static HttpClient loggedIn(String username, String secret, boolean staff) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = client.send(get("login.xhtml" + (staff ? "?staff=true" : "")), HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&username=" + username + "&secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&staff=" + staff + "&submit=x&jakarta.faces.ViewState=" + Deployments.viewState(page);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(!after.body().contains("incorrect"), "the login of " + username + " should succeed");
        return client;
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build();
    }

    /** Inside the server, the address the tests' server was started with. */
    private static String baseUrl() {
        return System.getProperty("pasapas.public.url", "http://localhost:8180/");
    }
}
