package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.sandbox.domain.Block;
import fr.pasapas.sandbox.domain.BlockType;
import fr.pasapas.sandbox.domain.ExpectedAction;
import fr.pasapas.sandbox.domain.Persona;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Scenario;
import fr.pasapas.sandbox.domain.Site;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The practice sandbox in a real browser at 360×640, driven by the content itself: every scenario's expected path
 * is played in the guided mode from the scenario's own data (the guidance is checked at each page, the code is read
 * from the webmail as a learner reads it), one mistake path per site is answered with its feedback and taken back
 * with undo and restart, and every sandbox response keeps to this server. One browser for the whole class.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxBrowserIT {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final Sandbox sandbox = Deployments.sandbox();
    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @BeforeAll
    void logIn() {
        browser = Browser.tablet();
        browser.loginAsLearner("apprenant6", "6666");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @TestFactory
    List<DynamicTest> each_scenario_s_expected_path_passes_in_the_guided_mode_on_a_tablet() {
        return sandbox.scenarios().values().stream().sorted(Comparator.comparing(Scenario::id))
                .map(scenario -> DynamicTest.dynamicTest(scenario.id(), () -> {
                    start(scenario, "guided");
                    play(scenario, scenario.path().size(), true);
                    WebElement result = browser.find("#result");
                    assertTrue(result.getAttribute("class").contains("passed"), scenario.id() + ": " + result.getText());
                    for (WebElement link : browser.driver.findElements(By.cssSelector("#downloads a"))) {
                        assertSpecimenPdf(link.getAttribute("href"), sandbox.personas().get(scenario.persona()).name());
                    }
                })).toList();
    }

    @TestFactory
    List<DynamicTest> on_each_site_a_listed_mistake_gets_its_feedback_then_undo_and_restart_take_it_back() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Site site : sandbox.sites().values().stream().sorted(Comparator.comparing(Site::id)).toList()) {
            mistakeOn(site).ifPresent(found -> tests.add(DynamicTest.dynamicTest(site.id(), () -> {
                Scenario scenario = found.scenario();
                start(scenario, "hints");
                play(scenario, found.step(), false);
                ExpectedAction step = scenario.path().get(found.step());
                ExpectedAction.Mistake mistake = found.mistake();
                doMistake(scenario, found.step(), step, mistake);
                assertEquals(mistake.feedback().fr(), feedback(), site.id() + ": the listed feedback");
                browser.clickAndWaitForPage(browser.find("#undo-mistake"));
                assertTrue(browser.driver.findElements(By.id("feedback")).isEmpty(), "undo took the mistake back");
                browser.clickAndWaitForPage(browser.find("#restart"));
                assertTrue(browser.find("#address").getText().contains(sandbox.site(scenario.start().site()).orElseThrow().domain()),
                        "restart goes back to the first page");
                play(scenario, scenario.path().size(), false);
                assertTrue(browser.find("#result").getAttribute("class").contains("passed"));
            })));
        }
        return tests;
    }

    @Test
    void a_module_s_practice_step_opens_its_scenario_and_only_a_pass_in_its_mode_counts_for_the_step() {
        // «Recevoir un code» asks for the CAF login alone; the other tests play it guided or with hints only
        Scenario scenario = sandbox.scenario("caf-se-connecter").orElseThrow();
        browser.open("learner/step.xhtml?module=recevoir-code&step=pratique-code");
        assertTrue(browser.driver.findElements(By.id("practice-passed")).isEmpty(), "not passed alone yet");
        browser.clickAndWaitForPage(browser.find("#practice-go"));
        assertTrue(browser.driver.getCurrentUrl().contains("module=recevoir-code&step=pratique-code"),
                browser.driver.getCurrentUrl());
        assertEquals("Seul", browser.find("#mode").getText());
        if (!browser.driver.findElements(By.id("undo")).isEmpty()) {
            browser.clickAndWaitForPage(browser.find("#restart"));
        }
        play(scenario, scenario.path().size(), false);
        assertTrue(browser.find("#result").getAttribute("class").contains("passed"));
        browser.clickAndWaitForPage(browser.find("#back-to-step"));
        assertTrue(browser.find("#practice-passed").isDisplayed(), "the step knows the scenario is passed");
        browser.assertAccessible("practice-step");
        browser.clickAndWaitForPage(browser.find("#next\\:go"));
        assertFalse(browser.driver.getCurrentUrl().contains("step=pratique-code"),
                "the step is done: the learner goes on (to the check, or to a step still to do before it)");
        assertTrue(browser.driver.findElements(By.cssSelector(".message.error")).isEmpty(), browser.text());
    }

    @Test
    void a_trainer_plays_a_scenario_on_a_projector_and_every_screen_is_accessible() {
        try (Browser projector = new Browser(1280, 800)) {
            projector.loginAsStaff("formateur", "Formateur-Demo-2026");
            projector.open("practice/index.xhtml");
            projector.assertAccessible("practice-list-1280");
            projector.tap(projector.find("#site-caf summary"));
            projector.clickAndWaitForPage(projector.find("#start-caf-se-connecter-guided"));
            projector.assertAccessible("practice-run-1280");
            projector.clickAndWaitForPage(projector.find("#tab-messagerie"));
            assertTrue(projector.find("#address .url").getText().startsWith("messagerie.example"));
            projector.assertAccessible("practice-webmail-1280");
        }
    }

    @Test
    void the_paid_look_alike_site_ends_the_run_with_its_explanation() {
        Scenario scenario = sandbox.scenario("ants-faux-site").orElseThrow();
        start(scenario, "alone");
        play(scenario, 2, false);
        browser.clickAndWaitForPage(browser.find("#sb-" + scenario.endings().get(0).press()));
        assertTrue(browser.find("#ending").getText().startsWith("Ce site est payant."), browser.text());
        assertTrue(browser.find("#result").getAttribute("class").contains("failed"));
        browser.assertAccessible("sandbox-ending");
    }

    @Test
    void the_run_page_has_the_learner_tools_script_so_bigger_text_works_there_too() {
        start(sandbox.scenario("caf-se-connecter").orElseThrow(), "guided");
        browser.tap(browser.find("#text-size"));
        assertEquals("true", browser.find("#text-size").getAttribute("aria-pressed"), "app.js answers the button");
        browser.tap(browser.find("#text-size"));
        assertEquals("false", browser.find("#text-size").getAttribute("aria-pressed"));
    }

    @Test
    void sandbox_pages_load_nothing_from_another_host_and_every_response_carries_the_sandbox_policy() throws Exception {
        Scenario scenario = sandbox.scenario("caf-se-connecter").orElseThrow();
        start(scenario, "guided");
        browser.assertAccessible("sandbox-guided");
        play(scenario, 3, false);
        browser.assertAccessible("sandbox-form");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
        assertFalse(resources.isEmpty());
        String origin = URI.create(Deployments.baseUrl()).resolve("/").toString();
        for (String resource : resources) {
            assertTrue(resource.startsWith(origin), "only this server: " + resource);
        }
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String session = browser.cookie("JSESSIONID");
        for (String path : List.of(browser.driver.getCurrentUrl().replace(origin, "").replaceAll("#.*", ""),
                "practice/index.xhtml", "practice/looks.css", "practice/run.xhtml?run=999999999")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin + path))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + " " + policies);
            String policy = policies.get(0);
            assertTrue(policy.contains("default-src 'self'") && policy.contains("form-action 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertFalse(response.body().contains("<script>") || response.body().contains(" style=\""),
                    path + ": no inline script or style");
        }
    }

    @Test
    void another_learner_s_run_is_not_found_and_a_forged_form_changes_nothing() throws Exception {
        Scenario scenario = sandbox.scenario("caf-se-connecter").orElseThrow();
        start(scenario, "alone");
        String run = browser.driver.getCurrentUrl().replaceAll(".*run=(\\d+).*", "$1");
        try (Browser other = Browser.tablet()) {
            other.loginAsLearner("apprenant7", "7777");
            other.open("practice/run.xhtml?run=" + run);
            assertTrue(other.text().contains("Page introuvable") || other.driver.getTitle().contains("introuvable"),
                    other.text());
        }
        HttpResponse<String> notDownloaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        Deployments.baseUrl() + "practice/document?run=" + run + "&doc=attestation-droits"))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, notDownloaded.statusCode(), "a document this run did not download is not found");
        browser.open("practice/run.xhtml?run=" + run);
        ((JavascriptExecutor) browser.driver).executeScript(
                "var f = document.getElementById('site-page'); var i = document.createElement('input');"
                        + "i.type='hidden'; i.name='press'; i.value='tableau-de-bord'; f.appendChild(i); f.submit();"
                        + "window.__pasapasOldPage = true;");
        browser.clickAndWaitForPageAfterScript();
        assertEquals("caf.fr", browser.find("#address .url").getText(), "still on the first page");
    }

    /** A downloaded document: a PDF for this learner only, SPECIMEN on every page, with the persona's name. */
    private void assertSpecimenPdf(String address, String personaName) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), address);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pdf).contains("SPECIMEN"), address + " page " + page);
            }
            stripper.setStartPage(1);
            assertTrue(stripper.getText(pdf).contains(personaName), address);
        }
        HttpResponse<String> stranger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(stranger.statusCode() == 302 || stranger.statusCode() == 404, "not without a login: " + stranger.statusCode());
    }

    // --- playing a scenario as a learner would, from its own data -------------------------------------------

    private void start(Scenario scenario, String mode) {
        browser.open("practice/index.xhtml");
        browser.tap(browser.driver.findElement(By.xpath(
                "//li[@id='scenario-" + scenario.id() + "']/ancestor::details/summary")));
        browser.clickAndWaitForPage(browser.find("#start-" + scenario.id() + "-" + mode));
        if (!browser.driver.findElements(By.id("undo")).isEmpty()) {
            browser.clickAndWaitForPage(browser.find("#restart")); // a run left unfinished is resumed: start it over
        }
    }

    /** Plays the first {@code steps} steps of the expected path; in guided mode, checks what the page points at. */
    private void play(Scenario scenario, int steps, boolean checkGuidance) {
        boolean pageFresh = true;
        for (int i = 0; i < steps; i++) {
            ExpectedAction step = scenario.path().get(i);
            if (checkGuidance && pageFresh) {
                assertEquals(step.guide().fr(), browser.find("#guide").getText().replaceFirst("^→ ", ""),
                        scenario.id() + " step " + (i + 1) + ": the guided text");
            }
            switch (step.kind()) {
                case OPEN -> browser.clickAndWaitForPage(browser.find("#tab-" + step.target()));
                case PRESS -> browser.clickAndWaitForPage(browser.find("#sb-" + step.target()));
                case FILL -> {
                    WebElement input = browser.find("#sb-" + step.target());
                    input.clear();
                    input.sendKeys(valueFor(scenario, step));
                }
                case CHOOSE -> {
                    String value = valueFor(scenario, step);
                    WebElement radio = browser.driver.findElement(By.cssSelector(
                            "input[name='f-" + step.target() + "'][value='" + value + "']"));
                    browser.tap(browser.driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")));
                }
            }
            pageFresh = !step.isInput();
            if (pageFresh) {
                readTheScreen();
            }
        }
    }

    private void doMistake(Scenario scenario, int index, ExpectedAction step, ExpectedAction.Mistake mistake) {
        if (mistake.value() != null && step.kind() == ExpectedAction.Kind.CHOOSE) {
            WebElement radio = browser.driver.findElement(By.cssSelector(
                    "input[name='f-" + step.target() + "'][value='" + resolve(scenario, mistake.value()) + "']"));
            browser.tap(browser.driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")));
            browser.clickAndWaitForPage(browser.find("#sb-" + nextPress(scenario, index)));
        } else if (mistake.value() != null) {
            WebElement input = browser.find("#sb-" + step.target());
            input.clear();
            input.sendKeys(resolve(scenario, mistake.value()));
            browser.clickAndWaitForPage(browser.find("#sb-" + nextPress(scenario, index)));
        } else if (mistake.kind() == ExpectedAction.Kind.OPEN) {
            browser.clickAndWaitForPage(browser.find("#tab-" + mistake.target()));
        } else {
            browser.clickAndWaitForPage(browser.find("#sb-" + mistake.target()));
        }
    }

    private String feedback() {
        return browser.find("#feedback p").getText().replaceFirst("^Attention\\.\\s*", "");
    }

    private static String nextPress(Scenario scenario, int from) {
        return scenario.path().subList(from, scenario.path().size()).stream()
                .filter(step -> step.kind() == ExpectedAction.Kind.PRESS).findFirst().orElseThrow().target();
    }

    /** The value a learner types: the step's, or the one the site expects; a code is read in the webmail. */
    private String valueFor(Scenario scenario, ExpectedAction step) {
        Block block = block(scenario, step.target());
        String expected = step.value() != null ? step.value() : block.expects();
        if (block.type() == BlockType.CODE_INPUT || "code".equals(expected)) {
            return lastCodeRead;
        }
        if (expected == null) {
            return block.type() == BlockType.CHOICE ? block.options().get(0).value() : "Bonjour";
        }
        return resolve(scenario, expected);
    }

    private String resolve(Scenario scenario, String reference) {
        Persona persona = sandbox.personas().get(scenario.persona());
        return reference.startsWith("persona.") ? persona.value(reference.substring(8)).orElseThrow() : reference;
    }

    private Block block(Scenario scenario, String id) {
        return scenario.sites().stream().map(site -> sandbox.site(site).orElseThrow())
                .flatMap(site -> site.pages().stream()).flatMap(page -> page.blocks().stream())
                .filter(block -> id.equals(block.id())).findFirst().orElseThrow(() -> new AssertionError("no block " + id));
    }

    /** The last code a learner could read in the webmail: remembered each time a message is on screen. */
    private String lastCodeRead = "";

    private void readTheScreen() {
        browser.driver.findElements(By.cssSelector(".mail-body")).forEach(body -> {
            String code = codeIn(body.getText());
            if (!code.isEmpty()) {
                lastCodeRead = code;
            }
        });
    }

    private record Found(Scenario scenario, int step, ExpectedAction.Mistake mistake) {
    }

    /** The first listed mistake (a press, or a value typed) of the first scenario that starts on the site. */
    private Optional<Found> mistakeOn(Site site) {
        return sandbox.scenarios().values().stream().sorted(Comparator.comparing(Scenario::id))
                .filter(scenario -> scenario.start().site().equals(site.id()))
                .flatMap(scenario -> {
                    List<Found> found = new ArrayList<>();
                    for (int i = 0; i < scenario.path().size(); i++) {
                        for (ExpectedAction.Mistake mistake : scenario.path().get(i).mistakes()) {
                            found.add(new Found(scenario, i, mistake));
                        }
                    }
                    return found.stream();
                }).findFirst();
    }

    static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        String code = "";
        while (matcher.find()) {
            code = matcher.group(1);
        }
        return code;
    }
}
