package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.certificates.infrastructure.pdf.CertificateDocument;
import fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRenderer;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.DigComp;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.config.PlatformSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Issues certificates (once per learner and module), finds them by code and renders their PDF. */
@Stateless
public class CertificateService {

    /** Certificates are dated in the learners' time zone. */
    public static final ZoneId ZONE = fr.pasapas.config.PlatformTime.ZONE;

    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.systemUTC();

    /** Issues the certificate of a completed module, or returns the one already issued. */
    public CertificateView issue(long learnerId, Module module, Course course) {
        Optional<Certificate> existing = find(learnerId, module.id());
        if (existing.isPresent()) {
            return toView(existing.get());
        }
        AuthenticatedAccount learner = accounts.findById(learnerId)
                .orElseThrow(() -> new IllegalArgumentException("No learner " + learnerId));
        Certificate certificate = new Certificate(CertificateCode.generate(), learnerId, module.id(), module.version(),
                learner.displayName(), module.title(), course.title(), module.competences(),
                module.estimatedMinutes(), learner.organisationName(), clock.instant());
        em.persist(certificate);
        return toView(certificate);
    }

    /** The certificate with this code, as typed or scanned; empty for an unknown or malformed code. */
    public Optional<CertificateView> findByCode(String code) {
        return CertificateCode.normalize(code).flatMap(normalized ->
                em.createNamedQuery("Certificate.byCode", Certificate.class)
                        .setParameter("code", normalized).getResultStream().findFirst())
                .map(CertificateService::toView);
    }

    /** Module id to certificate code, for every certificate of a learner. */
    public Map<String, String> codesOf(long learnerId) {
        return em.createNamedQuery("Certificate.ofLearner", Certificate.class)
                .setParameter("learnerId", learnerId).getResultStream()
                .collect(Collectors.toMap(Certificate::getModuleId, Certificate::getCode));
    }

    public Optional<CertificateView> findFor(long learnerId, String moduleId) {
        return find(learnerId, moduleId).map(CertificateService::toView);
    }

    /** The public address that the QR code of a certificate points to. */
    public URI verificationUrl(String code) {
        return URI.create(PlatformSettings.publicUrl() + "verify/" + code);
    }

    public byte[] pdf(CertificateView certificate) {
        return RENDERER.render(new CertificateDocument(certificate.learnerName(), certificate.moduleTitle(),
                certificate.courseTitle(),
                certificate.competences().stream()
                        .map(c -> new CertificateDocument.Competence(c, DigComp.frenchName(c).orElse(c)))
                        .toList(),
                certificate.estimatedMinutes(), certificate.issuedOn(), certificate.organisationName(),
                certificate.code(), verificationUrl(certificate.code())));
    }

    private Optional<Certificate> find(long learnerId, String moduleId) {
        return em.createNamedQuery("Certificate.ofLearnerModule", Certificate.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    private static CertificateView toView(Certificate c) {
        return new CertificateView(c.getCode(), c.getLearnerId(), c.getModuleId(), c.getLearnerName(),
                c.getModuleTitle(), c.getCourseTitle(), c.getCompetences(), c.getEstimatedMinutes(),
                c.getOrganisationName(), LocalDate.ofInstant(c.getIssuedAt(), ZONE), c.getRevokedAt() != null);
    }
}
