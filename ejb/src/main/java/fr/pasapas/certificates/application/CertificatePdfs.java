package fr.pasapas.certificates.application;

import fr.pasapas.certificates.infrastructure.pdf.CertificateDocument;
import fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRenderer;
import fr.pasapas.certificates.infrastructure.pdf.CourseCertificateDocument;
import fr.pasapas.certificates.infrastructure.pdf.CourseCertificatePdfRenderer;
import fr.pasapas.config.PlatformSettings;
import fr.pasapas.config.print.PrintFonts;
import fr.pasapas.people.application.AccountService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PDFs of certificates, rendered on demand from their stored fields (so a reissue's corrected name supersedes the
 * previous PDF). The renderers are shared: they are thread-safe and costly to build. The printed address and the QR
 * code use the configured public address (PASAPAS_PUBLIC_URL), never a request's host name.
 */
final class CertificatePdfs {

    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();
    private static final CourseCertificatePdfRenderer COURSE_RENDERER = new CourseCertificatePdfRenderer();

    private CertificatePdfs() {
    }

    /**
     * The certificate as it can print: the name as issued; for a certificate issued before names were checked, whose
     * name no font prints, the Latin spelling given since (if none, the renderer refuses rather than print "?").
     */
    static CertificateView printable(CertificateView certificate, AccountService accounts) {
        if (PrintFonts.shared().canPrint(certificate.learnerName())) {
            return certificate;
        }
        return accounts.findById(certificate.learnerId()).flatMap(a -> Optional.ofNullable(a.printName()))
                .map(certificate::withLearnerName).orElse(certificate);
    }

    /** The public address that the QR code of a certificate points to. */
    static URI verificationUrl(String code) {
        return URI.create(PlatformSettings.publicUrl() + "verify/" + code);
    }

    static byte[] pdf(CertificateView certificate) {
        if (certificate.course()) {
            return COURSE_RENDERER.render(courseDocument(certificate));
        }
        List<CertificateDocument.Competence> competences = new ArrayList<>();
        for (int i = 0; i < certificate.competences().size(); i++) {
            competences.add(new CertificateDocument.Competence(certificate.competences().get(i),
                    certificate.competenceNames().get(i)));
        }
        return RENDERER.render(new CertificateDocument(certificate.learnerName(), certificate.moduleTitle(),
                certificate.courseTitle(), competences, certificate.estimatedMinutes(), certificate.issuedOn(),
                certificate.organisationName(), certificate.code(), verificationUrl(certificate.code())));
    }

    /** What a course certificate prints, from its stored fields (a reissue changed the name and the reissue day). */
    static CourseCertificateDocument courseDocument(CertificateView c) {
        List<CourseCertificateDocument.Skill> skills = new ArrayList<>();
        for (int i = 0; i < c.competences().size(); i++) {
            skills.add(new CourseCertificateDocument.Skill(c.competences().get(i), c.competenceNames().get(i),
                    c.competenceLevels().get(i)));
        }
        return new CourseCertificateDocument(c.learnerName(), c.courseTitle(), c.moduleTitles(), c.practices(), skills,
                c.estimatedMinutes(), c.issuedOn(), c.reissuedOn(), c.organisationName(), c.trainerName(), c.code(),
                verificationUrl(c.code()));
    }

    /** Several course certificates as one PDF, one per page, written to {@code out}. */
    static void writeAll(List<CertificateView> certificates, String title, java.io.OutputStream out) {
        COURSE_RENDERER.renderAll(certificates.stream().map(CertificatePdfs::courseDocument).toList(), title, out);
    }

}
