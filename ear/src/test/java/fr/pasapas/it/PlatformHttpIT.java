package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed platform seen from outside, as a browser or an employer's phone talks to it. */
@ExtendWith(ArquillianExtension.class)
class PlatformHttpIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_login_page_is_public_french_compressed_and_sent_with_security_headers() throws Exception {
        HttpResponse<String> login = anonymous.send(get("login.xhtml").header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("lang=\"fr\"") && login.body().contains("Code secret"), "French login page");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));

        HttpResponse<byte[]> gzipped = anonymous.send(get("login.xhtml").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""),
                "text responses should be gzip-compressed for slow connections");
    }

    @Test
    void every_other_page_requires_a_login() throws Exception {
        for (String path : new String[]{"", "learner/modules.xhtml", "trainer/progress.xhtml", "media/x/y.svg"}) {
            HttpResponse<String> response = anonymous.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, response.statusCode(), "/" + path + " should redirect to the login page");
            assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        }
    }

    @Test
    void a_learner_cannot_open_the_trainer_pages_and_a_trainer_opens_the_course_pages_for_their_own_training() throws Exception {
        HttpClient learner = loggedIn("apprenant3", "3333", false);
        HttpResponse<String> forbidden = learner.send(get("trainer/progress.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("Accès refusé"), "a friendly page should explain the refusal");
        assertEquals(403, learner.send(get("admin/content.xhtml").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, learner.send(get("learner/modules.xhtml").build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpClient trainer = loggedIn("formateur", "Formateur-Demo-2026", true);
        HttpResponse<String> training = trainer.send(get("learner/modules.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, training.statusCode());
        assertTrue(training.body().contains("Me former"), "a trainer's course list is their own training");
    }

    @Test
    void an_unknown_address_gives_a_friendly_page_with_404() throws Exception {
        HttpClient learner = loggedIn("apprenant3", "3333", false);
        HttpResponse<String> page = learner.send(get("no/such/page.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page introuvable"));
        HttpResponse<String> forgedStep = learner.send(get("learner/step.xhtml?module=ecran-tactile&step=nope").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, forgedStep.statusCode(), "a forged step id should answer 404, not an error");
        HttpResponse<String> forgedModule = learner.send(get("learner/step.xhtml?module=%3Cscript%3Ealert(1)%3C/script%3E").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, forgedModule.statusCode());
        assertTrue(!forgedModule.body().contains("<script>alert(1)"), "input must never be echoed as markup");
    }

    @Test
    void the_demo_certificate_is_verified_publicly_and_an_unknown_code_answers_a_friendly_404() throws Exception {
        HttpClient certified = loggedIn("apprenant9", "9999", false);
        String modules = certified.send(get("learner/modules.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher link = Pattern.compile("learner/certificate/([A-Z0-9-]{14})\\.pdf").matcher(modules);
        assertTrue(link.find(), "the demo learner who completed the module should have a certificate link");
        String code = link.group(1);

        HttpResponse<String> valid = anonymous.send(get("verify/" + code).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains("Attestation valide") && valid.body().contains("Laurence M.") && !valid.body().contains("Laurence Morel"),
                "the public page shows the first name and the initial of the last name by default");
        HttpResponse<String> typedLowerCase = anonymous.send(get("verify/" + code.toLowerCase().replace("-", "")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(typedLowerCase.body().contains("Attestation valide"), "a code typed without dashes should verify");

        HttpResponse<String> unknown = anonymous.send(get("verify/ABCD-EFGH-JKMN").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Attestation introuvable"));

        HttpClient other = loggedIn("apprenant3", "3333", false);
        assertEquals(404, other.send(get("learner/certificate/" + code + ".pdf").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "nobody else may download a learner's certificate");
    }

    @Test
    void a_form_sent_after_its_page_expired_comes_back_to_the_page_with_a_message_not_an_error() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(get("login.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        String form = "login=login&username=apprenant3&secret=3333&staff=false&submit=x"
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode("-123456789:987654321", "UTF-8");
        HttpResponse<String> expired = client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, expired.statusCode(), "an expired view should redirect, not fail: " + expired.body());
        String location = expired.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("login.xhtml"), location);
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : Deployments.baseUrl() + location.substring(1))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("restée ouverte trop longtemps"), "the learner should be told what happened");
    }

    @Test
    void a_step_answer_sent_after_browsing_many_pages_or_with_a_broken_view_state_is_saved_not_an_error() throws Exception {
        HttpClient learner = loggedIn("apprenant6", "6666", false);
        var catalogue = Deployments.catalogue().openTo(false); // the learners' part: no staff course
        var module = catalogue.modules().get(catalogue.modules().size() - 1);
        var quiz = module.steps().stream().filter(fr.pasapas.catalogue.domain.QuizStep.class::isInstance)
                .map(fr.pasapas.catalogue.domain.QuizStep.class::cast).filter(q -> !q.multiple()).findFirst().orElseThrow();
        String path = "learner/step.xhtml?module=" + module.id() + "&step=" + quiz.id();
        String page = learner.send(get(path + "&retry=true").build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = match(page, "name=\"token\" value=\"([^\"]+)\"");
        String choice = quiz.choices().get(quiz.choices().size() - 1).id();

        // The learner leaves the tablet on the question and browses 30 other pages: old views are evicted.
        for (int i = 0; i < 30; i++) {
            learner.send(get(i % 2 == 0 ? "learner/modules.xhtml" : "learner/step.xhtml?module=" + module.id()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        HttpClient noRedirect = HttpClient.newBuilder().cookieHandler(learner.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (String viewState : new String[]{"", "garbage%20%3C%3E", "-123456789%3A987654321"}) {
            HttpResponse<String> sent = noRedirect.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("do=answer&token=" + token + "&choice=" + choice
                            + (viewState.isEmpty() ? "" : "&jakarta.faces.ViewState=" + viewState))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, sent.statusCode(), "view state '" + viewState + "': the answer is taken, then the step shows");
            assertTrue(sent.headers().firstValue("Location").orElse("").contains("step=" + quiz.id()));
        }
        String feedback = learner.send(get(path).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(feedback.contains("id=\"feedback\"") && feedback.contains("Votre réponse"),
                "the answer sent with the old page is saved and its feedback shown");
    }

    @Test
    void an_order_step_works_without_script_and_comes_back_at_the_moved_line() throws Exception {
        HttpClient learner = loggedIn("apprenant6", "6666", false);
        var catalogue = Deployments.catalogue().openTo(false);
        var module = catalogue.modules().stream().filter(m -> m.steps().stream()
                .anyMatch(fr.pasapas.catalogue.domain.OrderStep.class::isInstance)).findFirst().orElseThrow();
        var order = module.steps().stream().filter(fr.pasapas.catalogue.domain.OrderStep.class::isInstance).findFirst().orElseThrow();
        String path = "learner/step.xhtml?module=" + module.id() + "&step=" + order.id();
        String page = learner.send(get(path + "&retry=true").build(), HttpResponse.BodyHandlers.ofString()).body();
        String shown = match(page, "name=\"order\" value=\"([^\"]+)\"");
        String second = shown.split(",")[1];
        HttpClient noRedirect = HttpClient.newBuilder().cookieHandler(learner.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> moved = noRedirect.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("do=move-up-" + second + "&order=" + shown)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, moved.statusCode());
        String location = moved.headers().firstValue("Location").orElse("");
        String[] items = shown.split(",");
        assertTrue(location.contains("order=" + items[1] + "," + items[0]) && location.endsWith("#item-" + second),
                "the move is kept in the address and the page comes back at the moved line: " + location);
    }

    private static String match(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), "the page should contain " + regex);
        return m.group(1);
    }

    @Test
    void the_interface_language_chosen_by_a_learner_follows_them_to_another_tablet() throws Exception {
        HttpClient tablet = loggedIn("apprenant8", "8888", false);
        String english = postForm(tablet, "learner/modules.xhtml", "footer", "footer:language");
        assertTrue(english.contains("lang=\"en\""), "the switch shows the page in English");
        HttpClient otherTablet = loggedIn("apprenant8", "8888", false);
        String page = otherTablet.send(get("learner/modules.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("lang=\"en\""), "after logging in elsewhere, the pages are in English");
        String french = postForm(otherTablet, "learner/modules.xhtml", "footer", "footer:language");
        assertTrue(french.contains("lang=\"fr\""));
    }

    @Test
    void a_tablet_whose_session_ended_by_itself_is_told_so_kindly_and_a_logout_is_not() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient tablet = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = tablet.send(get("login.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        tablet.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&username=apprenant7&secret=7777&staff=false&submit=x"
                        + "&jakarta.faces.ViewState=" + Deployments.viewState(page))).build(), HttpResponse.BodyHandlers.ofString());
        // The server forgets the session (a tablet left overnight): only our "was logged in" cookie remains.
        for (var cookie : java.util.List.copyOf(cookies.getCookieStore().getCookies())) {
            if (cookie.getName().equals("JSESSIONID")) {
                cookies.getCookieStore().getURIs().forEach(uri -> cookies.getCookieStore().remove(uri, cookie));
                cookies.getCookieStore().remove(null, cookie);
            }
        }
        String login = tablet.send(get("learner/modules.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(login.contains("la connexion s’est fermée") && login.contains("Rien n’est perdu"),
                "the login page says kindly why the learner must log in again");
        assertTrue(!anonymous.send(get("login.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body()
                .contains("la connexion s’est fermée"), "a first visit does not talk about an ended session");
    }

    @Test
    void logging_in_gives_a_new_session_id() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = client.send(get("login.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        String before = sessionId(cookies);
        client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&username=apprenant3&secret=3333&staff=false&submit=x"
                        + "&jakarta.faces.ViewState=" + Deployments.viewState(page))).build(),
                HttpResponse.BodyHandlers.ofString());
        String after = sessionId(cookies);
        assertTrue(before != null && after != null && !before.equals(after), "the session id must change at login");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void the_catalogue_is_published_as_json_for_other_tools() throws Exception {
        HttpResponse<String> response = anonymous.send(get("api/catalogue").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            var json = reader.readObject();
            assertEquals("DigComp 2.2", json.getString("framework"));
            var first = json.getJsonArray("courses").getJsonObject(0);
            assertEquals("decouvrir-appareil", first.getString("id"));
            var module = first.getJsonArray("modules").getJsonObject(0);
            assertEquals("ecran-tactile", module.getString("id"));
            assertTrue(module.getInt("steps") >= 5 && module.getInt("estimatedMinutes") > 0);
            assertTrue(module.getJsonArray("competences").size() >= 1);

            var sandbox = Deployments.sandbox();
            assertEquals(List.copyOf(sandbox.sites().keySet()), ids(json.getJsonArray("sites")), "the manifest's order");
            var caf = json.getJsonArray("sites").getJsonObject(0);
            assertEquals("caf", caf.getString("id"));
            assertEquals("caf.fr", caf.getString("domain"));
            assertEquals(List.copyOf(sandbox.scenarios().keySet()), ids(json.getJsonArray("scenarios")));
            var login = json.getJsonArray("scenarios").getJsonObject(0);
            assertEquals("caf-se-connecter", login.getString("id"));
            assertEquals(sandbox.scenario("caf-se-connecter").orElseThrow().title().fr(), login.getString("title"));
            assertEquals(List.of("caf", "messagerie"), strings(login.getJsonArray("sites")));
            assertEquals("Karim FICTIF", login.getString("persona"));
            assertEquals(List.of("guided", "hints", "alone"), strings(login.getJsonArray("modes")));
            assertEquals(sandbox.scenario("caf-se-connecter").orElseThrow().path().size(), login.getInt("steps"));
        }
    }

    @Test
    void the_practice_page_shows_the_sites_and_their_scenarios_in_the_manifest_s_order() throws Exception {
        HttpClient learner = loggedIn("apprenant3", "3333", false);
        String page = learner.send(get("practice/index.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        var sandbox = Deployments.sandbox();
        assertEquals(List.copyOf(sandbox.listed().keySet()), matches(page, "<details class=\"practice-site course-group\" id=\"site-([a-z0-9-]+)\""));
        assertEquals(sandbox.listed().values().stream().flatMap(List::stream).toList(),
                matches(page, "<li class=\"card scenario\" id=\"scenario-([a-z0-9-]+)\""));
    }

    private static List<String> ids(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void an_admin_reload_of_broken_content_names_the_file_and_line_and_keeps_the_catalogue() throws Exception {
        java.nio.file.Path content = java.nio.file.Path.of(System.getProperty("pasapas.test.content.dir"));
        java.nio.file.Path course = content.resolve("decouvrir-appareil/course.yaml");
        String original = java.nio.file.Files.readString(course);
        HttpClient admin = loggedIn("admin", "Admin-Demo-2026", true);
        try {
            java.nio.file.Files.writeString(course, original.replaceFirst("(?m)^title:", "titre:"));
            String page = postForm(admin, "admin/content.xhtml", "content", "content:reload");
            assertTrue(page.contains("decouvrir-appareil/course.yaml:"), "the error should name the file and line: " + page);
            assertTrue(page.contains("catalogue actuel reste en service"));
            String modules = loggedIn("apprenant3", "3333", false)
                    .send(get("learner/modules.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(modules.contains("Utiliser l"), "learners keep the running catalogue");
        } finally {
            java.nio.file.Files.writeString(course, original);
        }
        String repaired = postForm(admin, "admin/content.xhtml", "content", "content:reload");
        assertTrue(repaired.contains("Contenu rechargé"), repaired);
    }

    /** Loads a page, then sends one of its forms by the given button, as a browser would. */
    private String postForm(HttpClient client, String path, String formId, String button) throws Exception {
        String page = client.send(get(path).build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = formId + "=" + formId + "&" + java.net.URLEncoder.encode(button, "UTF-8") + "=x"
                + "&jakarta.faces.ViewState=" + Deployments.viewState(page);
        return client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpClient loggedIn(String username, String secret, boolean staff) throws Exception {
        return Deployments.loggedIn(username, secret, staff);
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).GET();
    }
}
