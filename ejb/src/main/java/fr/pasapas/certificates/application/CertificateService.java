package fr.pasapas.certificates.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.DigComp;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.certificates.infrastructure.pdf.CertificateDocument;
import fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRenderer;
import fr.pasapas.config.print.PrintFonts;
import fr.pasapas.config.PlatformSettings;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.learning.application.ModuleCompleted;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issues certificates (once per learner and module, when learning announces a completed module), finds them
 * by code and renders their PDF for their holder only.
 */
@Stateless
public class CertificateService {

    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogueService catalogue;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Issues the certificate of a module the learner has just completed, in the transaction that records the
     * completion. Everything the certificate states is copied now: names, titles, competences and their names.
     * Certificates attest a learner's digital skills: a member of staff who completes a module (a staff course, or
     * a learners' module tried out) gets none; their module list shows it done.
     */
    public void onModuleCompleted(@Observes ModuleCompleted completed) {
        if (find(completed.learnerId(), completed.moduleId()).isPresent()) {
            return;
        }
        Module module = catalogue.module(completed.moduleId())
                .orElseThrow(() -> new IllegalStateException("No module " + completed.moduleId()));
        Course course = catalogue.course(module.courseId())
                .orElseThrow(() -> new IllegalStateException("No course " + module.courseId()));
        AuthenticatedAccount learner = accounts.findById(completed.learnerId())
                .orElseThrow(() -> new IllegalStateException("No learner " + completed.learnerId()));
        if (!learner.has(Role.LEARNER) || !course.openTo(false)) {
            return;
        }
        List<String> names = module.competences().stream().map(c -> DigComp.frenchName(c).orElse(c)).toList();
        em.persist(new Certificate(CertificateCode.generate(), completed.learnerId(), module.id(),
                completed.contentVersion(), learner.printedName(), module.title(), course.title(),
                module.competences(), names, module.estimatedMinutes(), learner.organisationName(), clock.instant()));
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

    /** Learner id to (module id to certificate code), for many learners in one query. */
    public Map<Long, Map<String, String>> codesOf(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Certificate.ofLearners", Certificate.class)
                .setParameter("learnerIds", learnerIds).getResultStream()
                .collect(Collectors.groupingBy(Certificate::getLearnerId,
                        Collectors.toMap(Certificate::getModuleId, Certificate::getCode)));
    }

    public Optional<CertificateView> findFor(long learnerId, String moduleId) {
        return find(learnerId, moduleId).map(CertificateService::toView);
    }

    /**
     * The PDF of a certificate, for the learner who holds it: another learner's code, like an unknown one,
     * gives nothing, so a guessed or forwarded address shows no one else's certificate.
     */
    public Optional<CertificatePdf> pdfForCaller(String code) {
        Optional<Long> caller = Optional.ofNullable(session.getCallerPrincipal())
                .flatMap(p -> accounts.findByUsername(p.getName())).map(AuthenticatedAccount::id);
        return findByCode(code).filter(c -> caller.isPresent() && c.learnerId() == caller.get())
                .map(c -> new CertificatePdf(c.code(), pdf(c)));
    }

    /** The public address that the QR code of a certificate points to. */
    public URI verificationUrl(String code) {
        return URI.create(PlatformSettings.publicUrl() + "verify/" + code);
    }

    byte[] pdf(CertificateView certificate) {
        List<CertificateDocument.Competence> competences = new ArrayList<>();
        for (int i = 0; i < certificate.competences().size(); i++) {
            competences.add(new CertificateDocument.Competence(certificate.competences().get(i),
                    certificate.competenceNames().get(i)));
        }
        return RENDERER.render(new CertificateDocument(printable(certificate), certificate.moduleTitle(),
                certificate.courseTitle(), competences, certificate.estimatedMinutes(), certificate.issuedOn(),
                certificate.organisationName(), certificate.code(), verificationUrl(certificate.code())));
    }

    /**
     * The name as issued; for a certificate issued before names were checked, whose name no font prints, the Latin
     * spelling given since (if none, the renderer refuses rather than print "?").
     */
    private String printable(CertificateView certificate) {
        if (PrintFonts.shared().canPrint(certificate.learnerName())) {
            return certificate.learnerName();
        }
        return accounts.findById(certificate.learnerId()).map(AuthenticatedAccount::printName)
                .orElse(certificate.learnerName());
    }

    private Optional<Certificate> find(long learnerId, String moduleId) {
        return em.createNamedQuery("Certificate.ofLearnerModule", Certificate.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    private static CertificateView toView(Certificate c) {
        return new CertificateView(c.getCode(), c.getLearnerId(), c.getModuleId(), c.getLearnerName(),
                c.getModuleTitle(), c.getCourseTitle(), c.getCompetences(), c.getCompetenceNames(),
                c.getEstimatedMinutes(), c.getOrganisationName(), LocalDate.ofInstant(c.getIssuedAt(), PlatformTime.ZONE),
                c.getRevokedAt() != null);
    }
}
