package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.TypingStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The foundation journey in a real browser at 360×640: a learner logs in with a PIN, starts the first
 * module, closes the browser, comes back to the same step, finishes the module, downloads the
 * certificate and verifies it; the trainer then sees the progress.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class LearnerJourneyIT {

    private static final String MODULE = "ecran-tactile";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_learner_completes_the_first_module_resumes_after_closing_the_browser_and_gets_a_verifiable_certificate()
            throws Exception {
        Module module = firstModule();
        int stopAt = 2; // close the browser on the third step

        Browser first = ScreenshotOnFailure.track(Browser.tablet());
        first.loginAsLearner("apprenant1", "1111");
        WebElement card = first.find("#module-" + MODULE);
        assertTrue(card.getText().contains(module.title()), "Mes modules should list the module: " + card.getText());
        assertTrue(card.getText().contains("0 %"), "a new learner should be at 0 %: " + card.getText());
        assertTrue(first.find("#assigned-" + MODULE).isDisplayed(), "the module the trainer assigned comes first");
        first.screenshot("journey-01-modules");
        first.assertAccessible("modules");
        first.clickAndWaitForPage(card.findElement(By.cssSelector(".open-module")));

        for (int i = 0; i < stopAt; i++) {
            if (i == 1) {
                first.tap(first.find("#help\\:open"));
                first.find("#help\\:message").sendKeys("Je ne trouve pas l'écran d'accueil.");
                first.clickAndWaitForPage(first.find("#help\\:ask"));
                assertTrue(first.find("#help\\:asked").getText().contains("verra votre demande"),
                        "asking for help should be confirmed");
                first.assertAccessible("help-asked");
            }
            passStep(first, module.steps().get(i), i);
        }
        assertEquals(module.steps().get(stopAt).id(), currentStep(first), "the third step should be on screen");
        first.close();

        Browser second = ScreenshotOnFailure.track(Browser.tablet());
        second.loginAsLearner("apprenant1", "1111");
        WebElement again = second.find("#assigned-" + MODULE);
        assertTrue(again.getText().contains("étape " + (stopAt + 1)) && again.getText().contains("À faire avant le"),
                "the module assigned by the trainer should come first, offering to resume at step " + (stopAt + 1)
                        + ": " + again.getText());
        String course = second.find("#course-decouvrir-appareil summary").getText();
        assertTrue(course.contains("0 module(s) terminé(s) sur") && !course.contains(" 0 %"),
                "the course shows its own progress: " + course);
        second.assertAccessible("modules-in-progress");
        second.clickAndWaitForPage(again.findElement(By.cssSelector(".open-module")));
        assertEquals(module.steps().get(stopAt).id(), currentStep(second),
                "after logging in again the learner should be back on the same step");

        for (int i = stopAt; i < module.steps().size(); i++) {
            passStep(second, module.steps().get(i), i);
        }
        WebElement done = second.find("#done");
        assertTrue(done.getText().contains("Bravo"), "the end of the module should congratulate: " + done.getText());
        second.screenshot("journey-04-done");
        second.assertAccessible("done");
        String code = second.find("#certificate-code").getText().replaceAll(".*: ", "").strip();

        byte[] pdf = download(second, second.find("#certificate").getAttribute("href"));
        String scanned;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Jeanne Martin"), "the certificate should name the learner");
            assertTrue(text.contains(module.title()), "the certificate should name the module");
            assertTrue(text.contains(code), "the certificate should print its verification code");
            scanned = scanQrCode(new PDFRenderer(document).renderImageWithDPI(0, 150));
        }
        assertEquals(Deployments.baseUrl() + "verify/" + code, scanned, "the QR code should lead to the verification page");
        HttpResponse<String> badge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(second.find("#badge").getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + second.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, badge.statusCode(), "the digital badge (Open Badges) should download next to the PDF");
        assertEquals(3, badge.body().split("\\.").length, "the badge is a signed JWT (OpenBadgesIT verifies it)");

        second.driver.get(scanned);
        assertTrue(second.find("#verdict").getText().contains("Attestation valide"));
        assertEquals("Jeanne M.", second.find("#learner").getText(), "first name and initial by default");
        second.screenshot("journey-05-verify");
        second.assertAccessible("verify");

        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 800));
        trainer.loginAsStaff("formateur", "Formateur-Demo-2026");
        String waiting = trainer.find("#help-requests").getText();
        assertTrue(waiting.matches("(?s).*Demandes d’aide en attente : [1-9].*"),
                "the dashboard tells the trainer that help requests wait: " + waiting);
        String row = trainer.find("tr.learner-apprenant1").getText();
        assertTrue(row.contains("Terminé"), "the trainer should see apprenant1's module completed: " + row);
        trainer.screenshot("journey-06-trainer");
        trainer.assertAccessible("trainer-dashboard");

        trainer.clickAndWaitForPage(trainer.find("#to-help"));
        WebElement request = trainer.driver.findElements(By.cssSelector("tr.help-row")).stream()
                .filter(e -> e.getText().contains("Jeanne Martin")).findFirst()
                .orElseThrow(() -> new AssertionError("the inbox should list Jeanne Martin's request: " + trainer.text()));
        assertTrue(request.getText().contains("Je ne trouve pas l'écran d'accueil."), "the learner's message is shown: "
                + request.getText());
        trainer.assertAccessible("trainer-help");
        trainer.clickAndWaitForPage(request.findElement(By.cssSelector("a")));
        assertTrue(trainer.find("#request-step").getText().contains("Étape 2 sur " + module.steps().size()),
                "the trainer should see who is stuck and where: " + trainer.find("#request-step").getText());
        trainer.find("#answer\\:text").sendKeys("Touchez le bouton rond en bas de la tablette.");
        trainer.clickAndWaitForPage(trainer.find("#answer\\:send"));
        assertTrue(trainer.find(".message.info").getText().contains("Réponse envoyée"), trainer.text());

        second.open("learner/modules.xhtml");
        String answer = second.find(".help-answer").getText();
        assertTrue(answer.contains("Touchez le bouton rond en bas de la tablette.") && answer.contains("Karim Formateur"),
                "the learner reads the trainer's answer on their next page: " + answer);
        second.screenshot("journey-07-help-answer");
        second.assertAccessible("help-answer");
        second.open("learner/modules.xhtml");
        assertTrue(second.driver.findElements(By.cssSelector("main > .help-answer")).isEmpty(), "an answer read is not shown again");
        second.open("learner/step.xhtml?module=" + MODULE + "&step=" + module.steps().get(1).id());
        assertTrue(second.find("#help\\:answer").getText().contains("Touchez le bouton rond"),
                "the answer stays on the step it is about");
    }

    @Test
    void a_wrong_pin_is_refused_in_french_without_saying_whether_the_username_exists() {
        Browser browser = ScreenshotOnFailure.track(Browser.tablet());
        browser.loginAsLearner("apprenant2", "0000");
        String wrongPin = browser.find(".message.error").getText();
        browser.loginAsLearner("personne-inconnue", "0000");
        String unknownUser = browser.find(".message.error").getText();
        assertTrue(wrongPin.contains("Identifiant ou code secret incorrect"), wrongPin);
        assertEquals(wrongPin, unknownUser, "an unknown username must look exactly like a wrong PIN");
        browser.screenshot("login-refused");
        browser.assertAccessible("login-refused");
    }

    @Test
    void the_step_tools_make_the_text_bigger_switch_to_high_contrast_and_offer_to_read_aloud() {
        Browser browser = ScreenshotOnFailure.track(Browser.tablet());
        browser.loginAsLearner("apprenant2", "2222");
        browser.clickAndWaitForPage(browser.find("#module-" + MODULE + " .open-module"));
        WebElement listen = browser.find("#read-aloud");
        assertTrue(listen.isDisplayed(), "the read-aloud button should show where the browser can speak");
        browser.find("#text-size").click();
        browser.find("#contrast").click();
        browser.driver.navigate().refresh();
        String classes = browser.find("html").getAttribute("class");
        assertTrue(classes.contains("big-text") && classes.contains("high-contrast"),
                "the choices should stay after a reload: " + classes);
        assertEquals("true", browser.find("#text-size").getAttribute("aria-pressed"));
        browser.screenshot("tools-big-text-contrast");
        browser.assertAccessible("step-big-text-contrast");
        browser.find("#text-size").click();
        browser.find("#contrast").click();
        assertTrue(!browser.find("html").getAttribute("class").contains("big-text"));
    }

    @Test
    void the_learner_pages_also_work_on_a_1280_by_800_screen() {
        Browser desktop = ScreenshotOnFailure.track(new Browser(1280, 800));
        desktop.loginAsLearner("apprenant4", "4444");
        desktop.assertAccessible("modules-desktop");
        desktop.screenshot("desktop-01-modules");
        desktop.clickAndWaitForPage(desktop.find("#module-" + MODULE + " .open-module"));
        assertEquals(firstModule().firstStep().id(), desktop.find("article.step").getAttribute("data-step"));
        desktop.assertAccessible("step-desktop");
        desktop.screenshot("desktop-02-step");
    }

    @Test
    void a_trainer_on_a_small_screen_shows_one_workshop_and_pages_through_its_learners_by_keyboard() {
        Browser trainer = ScreenshotOnFailure.track(Browser.tablet());
        trainer.loginAsStaff("formateur", "Formateur-Demo-2026");
        new org.openqa.selenium.support.ui.Select(trainer.find("#filter\\:workshop")).selectByVisibleText("Atelier du mardi");
        new org.openqa.selenium.support.ui.Select(trainer.find("#filter\\:size")).selectByVisibleText("5");
        WebElement show = trainer.find("#filter\\:show");
        show.sendKeys(org.openqa.selenium.Keys.ENTER);
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(trainer.driver, java.time.Duration.ofSeconds(40))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("workshop="));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the workshop shown should get its own address, still at " + trainer.driver.getCurrentUrl()
                    + ": " + trainer.text(), e);
        }
        // Members by name: Ahmed, Jeanne, Josiane, Marie-Claire, Mohamed on the first page; Nguyễn, Odette, Samira next.
        assertTrue(trainer.find("tr.learner-apprenant1").isDisplayed(), "Jeanne Martin is a member of the workshop");
        assertTrue(trainer.driver.findElements(By.cssSelector("tr.learner-apprenant9")).isEmpty(),
                "a learner outside the workshop is not shown");
        assertTrue(trainer.driver.findElements(By.cssSelector("tr.learner-apprenant7")).isEmpty(),
                "the first page shows five learners");
        // The dashboard fits 360 px: nothing in it reaches past the screen's right edge, except inside the matrix's
        // own focusable region, which scrolls sideways by itself.
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) trainer.driver).executeScript(
                "var section = document.getElementById('report-section'); section.scrollIntoView();"
                        + " var widest = Math.max.apply(null, Array.from(section.querySelectorAll('*'))"
                        + ".filter(function (e) { return !e.closest('.table-scroll') || e.classList.contains('table-scroll'); })"
                        + ".map(function (e) { return e.getBoundingClientRect().right; }));"
                        + " return Math.max(section.scrollWidth - section.clientWidth, widest - window.innerWidth);");
        assertTrue(((Number) overflow).longValue() <= 0, "the dashboard should fit 360 px without the page scrolling sideways: " + overflow);
        // axe on the report itself (the staff header of the template does not fit 360 px yet, a known issue of its own).
        var axe = new com.deque.html.axecore.selenium.AxeBuilder().include("#report-section").analyze(trainer.driver);
        assertTrue(axe.getViolations().isEmpty(), "the report at 360 px should have no accessibility violation: "
                + axe.getViolations().stream().map(r -> r.getId() + " at " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList()).toList());
        trainer.screenshot("trainer-workshop-360");

        WebElement next = trainer.find("#next");
        next.sendKeys(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(trainer.driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("page=2"));
        assertTrue(trainer.find("tr.learner-apprenant7").isDisplayed(), "the next page shows the next learners by name");
        assertTrue(trainer.driver.findElements(By.cssSelector("tr.learner-apprenant1")).isEmpty(), "and not the first ones");
        trainer.screenshot("trainer-workshop-page-2");
    }

    @Test
    void a_trainer_assigns_a_module_and_a_scenario_to_two_workshops_on_one_page_and_the_learner_in_both_sees_them_first() {
        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 800));
        trainer.loginAsStaff("formateur", "Formateur-Demo-2026");
        trainer.open("trainer/groups.xhtml");
        String suffix = Long.toString(System.nanoTime() % 100000);
        List<String> names = List.of("Atelier du mardi", "Atelier du jeudi " + suffix, "Café numérique " + suffix);
        for (String name : names.subList(1, 3)) {
            trainer.find("#create\\:name").sendKeys(name);
            trainer.clickAndWaitForPage(trainer.find("#create\\:go"));
            assertTrue(trainer.find(".message.info").getText().contains(name), "the confirmation names the workshop");
        }
        // apprenant5, already in the Tuesday workshop, joins the Thursday one too.
        WebElement thursday = trainer.find(".group-card[data-group='" + names.get(1) + "']");
        WebElement label = thursday.findElement(By.xpath(".//form[contains(@class,'members-form')]//label[contains(., '(apprenant5)')]"));
        trainer.driver.findElement(By.id(label.getAttribute("for"))).click();
        trainer.clickAndWaitForPage(thursday.findElement(By.cssSelector(".members-form input[type=submit]")));
        assertTrue(trainer.find(".message.info").getText().contains(names.get(1)), trainer.text());

        java.time.LocalDate due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(30);
        Map<String, String> itemOf = Map.of(names.get(0), "module:lire-email", names.get(1), "scenario:caf-se-connecter:guided",
                names.get(2), "module:wifi");
        // Assign in the order first, last, middle: every form must send only its own workshop's fields.
        for (String name : List.of(names.get(0), names.get(2), names.get(1))) {
            WebElement group = trainer.find(".group-card[data-group='" + name + "']");
            new org.openqa.selenium.support.ui.Select(group.findElement(By.cssSelector("select[id$='item']"))).selectByValue(itemOf.get(name));
            if (!name.equals(names.get(2))) {
                ((org.openqa.selenium.JavascriptExecutor) trainer.driver).executeScript("arguments[0].value = arguments[1];",
                        group.findElement(By.cssSelector("input[type=date]")), due.toString());
            }
            trainer.clickAndWaitForPage(group.findElement(By.cssSelector(".assign-form input[type=submit]")));
            String message = trainer.find(".message.info").getText();
            assertTrue(message.contains(name), "the confirmation names the workshop: " + message);
        }
        assertTrue(trainer.find(".message.info").getText().contains(Deployments.sandbox().scenario("caf-se-connecter")
                .orElseThrow().title().fr()), "the confirmation names the scenario: " + trainer.find(".message.info").getText());
        for (String name : names) {
            List<String> assigned = trainer.find(".group-card[data-group='" + name + "']")
                    .findElements(By.cssSelector(".assignment-list li")).stream().map(li -> li.getAttribute("data-item")).toList();
            for (String other : names) {
                assertEquals(other.equals(name), assigned.contains(itemOf.get(other)),
                        name + " should list its own assignment and no other workshop's: " + assigned);
            }
        }
        trainer.assertAccessible("groups-three");
        trainer.screenshot("groups-assigned");

        Browser learner = ScreenshotOnFailure.track(Browser.tablet());
        learner.loginAsLearner("apprenant5", "5555");
        String expected = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH).format(due);
        WebElement firstSection = learner.find("main h2");
        assertEquals("Proposés pour vous", firstSection.getText(), "what was assigned comes first");
        String card = learner.find("#assigned-lire-email").getText();
        assertTrue(card.contains("À faire avant le " + expected) && card.contains("Atelier du mardi"), card);
        learner.assertAccessible("modules-assigned");

        learner.open("practice/index.xhtml");
        assertEquals("Proposés pour vous", learner.find("main h2").getText(), "the assigned exercise comes first");
        WebElement exercise = learner.find(".card.scenario.assigned");
        assertEquals("assigned-caf-se-connecter-guided", exercise.getAttribute("id"));
        assertTrue(exercise.getText().contains("Guidé") && exercise.getText().contains("À faire avant le " + expected)
                && exercise.getText().contains(names.get(1)), exercise.getText());
        learner.assertAccessible("practice-assigned");
        learner.screenshot("practice-assigned");
        learner.clickAndWaitForPage(exercise.findElement(By.cssSelector("button[type=submit]")));
        assertTrue(learner.driver.getCurrentUrl().contains("practice/run"), "the start button opens the exercise: "
                + learner.driver.getCurrentUrl());
    }

    private static void passStep(Browser browser, Step step, int index) {
        assertEquals(step.id(), currentStep(browser), "step " + (index + 1) + " should be on screen");
        if (step instanceof QuizStep quiz && !quiz.multiple()) {
            Choice wrong = quiz.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow();
            Choice right = quiz.choices().stream().filter(Choice::correct).findFirst().orElseThrow();
            browser.screenshot("journey-03-question-" + quiz.id());
            browser.assertAccessible("question-" + quiz.id());
            assertFirstChoiceVisibleWithoutScrolling(browser, quiz.id());
            browser.clickAndWaitForPage(browser.find("[data-choice='" + wrong.id() + "']"));
            WebElement feedback = browser.find("#feedback");
            browser.screenshot("journey-03-feedback-" + quiz.id());
            browser.assertAccessible("feedback-" + quiz.id());
            assertTrue(feedback.getText().contains(wrong.feedback()), "a wrong answer should show its own feedback");
            browser.driver.navigate().refresh();
            browser.clickAndWaitForPage(browser.find("#after\\:retry"));
            browser.clickAndWaitForPage(browser.find("[data-choice='" + right.id() + "']"));
            assertTrue(browser.find("#feedback").getText().contains(right.feedback()),
                    "the right answer should show its feedback");
            browser.clickAndWaitForPage(browser.find("#after\\:continue"));
        } else if (step instanceof QuizStep quiz) {
            quiz.choices().stream().filter(Choice::correct).forEach(c -> browser.tap(browser.find("#choice-" + c.id())));
            answerAndContinue(browser, step, "#answer\\:validate");
        } else if (step instanceof HotspotStep hotspot) {
            String zone = hotspot.zones().stream().filter(HotspotStep.Zone::correct).findFirst().orElseThrow().id();
            answerAndContinue(browser, step, "[data-zone='" + zone + "']");
        } else if (step instanceof OrderStep order) {
            List<String> target = order.items().stream().map(OrderItem::id).toList();
            for (int i = 0; i < target.size(); i++) {
                while (shownOrder(browser).indexOf(target.get(i)) > i) {
                    browser.tap(browser.find("[data-up='" + target.get(i) + "']"));
                }
            }
            answerAndContinue(browser, step, "#answer\\:validate");
        } else if (step instanceof TypingStep typing) {
            browser.find("#answer\\:typed").sendKeys(typing.accepted().get(0));
            answerAndContinue(browser, step, "#answer\\:validate");
        } else if (step instanceof CheckStep check) {
            browser.screenshot("journey-03-check");
            browser.assertAccessible("check");
            for (var q : check.questions()) {
                String right = q.choices().stream().filter(Choice::correct).findFirst().orElseThrow().id();
                browser.tap(browser.find("#q-" + q.id() + "-" + right));
            }
            answerAndContinue(browser, step, "#answer\\:validate");
        } else {
            browser.find(".step img.illustration");
            browser.screenshot("journey-02-step-" + (index + 1) + "-" + step.id());
            browser.assertAccessible("step-" + step.id());
            browser.clickAndWaitForPage(browser.find("#next\\:go"));
        }
    }

    private static void answerAndContinue(Browser browser, Step step, String css) {
        browser.clickAndWaitForPage(browser.find(css));
        assertTrue(browser.find("#feedback").getAttribute("class").contains("right"), step.id() + " should be answered right");
        browser.clickAndWaitForPage(browser.find("#after\\:continue"));
    }

    private static List<String> shownOrder(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".order-item")).stream()
                .map(e -> e.getAttribute("data-item")).toList();
    }

    /** On a 360×640 tablet, the first answer of a question is on screen without scrolling. */
    private static void assertFirstChoiceVisibleWithoutScrolling(Browser browser, String stepId) {
        Object bottom = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "window.scrollTo(0, 0); var r = document.querySelector('[data-choice]').getBoundingClientRect();"
                        + " return r.bottom <= window.innerHeight;");
        assertEquals(Boolean.TRUE, bottom, stepId + ": the first answer should show without scrolling at 360×640");
    }

    private static String currentStep(Browser browser) {
        return browser.find("article.step").getAttribute("data-step");
    }

    /** What a phone reads from the certificate's QR code. */
    private static String scanQrCode(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        LuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static byte[] download(Browser browser, String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "the certificate should download");
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    static Module firstModule() {
        return Deployments.catalogue().module(MODULE).orElseThrow();
    }

}
