package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A learner who met the rule of "Chercher sur Internet" (progress seeded, the last module completed through the real
 * events) finds the course certificate first in "Mes attestations" on a tablet and downloads it as a real file; the
 * trainer of the workshop downloads the workshop's certificates as one PDF and as a ZIP; the other organisation's
 * trainer gets 404 for the same workshop.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
class CourseCertificateBrowserIT {

    private static final String COURSE = "chercher-internet";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        EnterpriseArchive ear = Deployments.application();
        ear.getAsType(WebArchive.class, "pasapas-web.war").addClass(CertificateSeedProbe.class);
        return ear;
    }

    @AfterEach
    void closeBrowsers() {
        ScreenshotOnFailure.closeAll();
    }

    @Test
    void a_learner_downloads_the_course_certificate_and_the_trainer_the_workshops_pdf_and_zip() throws Exception {
        Browser trainer = ScreenshotOnFailure.track(new Browser(1280, 900));
        trainer.loginAsStaff("formateur", "Formateur-Demo-2026");
        trainer.open("trainer/it-certificate-seed?learner=apprenant2&course=" + COURSE);
        String code = trainer.text().strip();
        assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"), "the rule met issues the certificate: " + code);

        Browser learner = ScreenshotOnFailure.track(Browser.tablet());
        learner.loginAsLearner("apprenant2", "2222");
        learner.open("learner/modules.xhtml");
        learner.clickAndWaitForPage(learner.find("#certificates-link"));
        WebElement first = learner.find("#certificates li");
        assertEquals("certificate-" + code, first.getAttribute("id"), "the newest certificate comes first");
        assertTrue(first.getText().contains("Attestation de parcours") && first.getText().contains("Chercher"),
                first.getText());
        learner.screenshot("course-certificate-01-mine");
        learner.assertAccessible("my-certificates");

        WebElement download = learner.find("#download-" + code);
        HttpResponse<byte[]> pdf = get(download.getAttribute("href"), learner.cookie("JSESSIONID"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals(String.valueOf(pdf.body().length), pdf.headers().firstValue("Content-Length").orElse(""),
                "a length, so that the tablet shows the download's progress");
        String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"Attestation - ")
                && disposition.contains("filename*=UTF-8''Attestation%20-%20"), disposition);
        assertTrue(text(pdf.body()).contains(code), "the file is the course certificate");

        learner.open("learner/done.xhtml?module=favoris");
        assertTrue(learner.find("#course-certificate-download").getAttribute("href").endsWith(code + ".pdf"),
                "the end of the course's last module offers the course certificate");
        learner.screenshot("course-certificate-02-done");
        learner.assertAccessible("done-with-course-certificate");

        trainer.open("trainer/groups.xhtml");
        WebElement pdfLink = trainer.find("a[id^='certificates-pdf-']");
        String workshop = pdfLink.getAttribute("id").substring("certificates-pdf-".length());
        HttpResponse<byte[]> all = get(pdfLink.getAttribute("href"), trainer.cookie("JSESSIONID"));
        assertEquals(200, all.statusCode());
        assertEquals("application/pdf", all.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        try (PDDocument merged = Loader.loadPDF(all.body())) {
            assertTrue(merged.getNumberOfPages() >= 1, "one page per certificate");
            assertTrue(new PDFTextStripper().getText(merged).contains(code));
        }
        HttpResponse<byte[]> zip = get(trainer.find("#certificates-zip-" + workshop).getAttribute("href"),
                trainer.cookie("JSESSIONID"));
        assertEquals(200, zip.statusCode());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                assertTrue(text(in.readAllBytes()).contains("Attestation de parcours"), entry.getName());
            }
        }
        assertFalse(entries.isEmpty());
        assertTrue(entries.stream().allMatch(e -> e.startsWith("Attestation - ") && e.endsWith(".pdf")), entries.toString());
        trainer.screenshot("course-certificate-03-workshop");

        Browser other = ScreenshotOnFailure.track(new Browser(1280, 900));
        other.loginAsStaff("formatrice", "Formatrice-Demo-2026");
        assertEquals(404, get(pdfLink.getAttribute("href"), other.cookie("JSESSIONID")).statusCode(),
                "another organisation's trainer cannot download this workshop's certificates");
        assertEquals(404, get(Deployments.baseUrl() + "trainer/workshop-certificates/" + workshop + ".zip",
                other.cookie("JSESSIONID")).statusCode());
    }

    private static HttpResponse<byte[]> get(String url, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
