package fr.pasapas.certificates.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.DigComp;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.certificates.domain.RevocationReason;
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

    /**
     * Every certificate of the calling learner, course and module ones, newest first ("Mes attestations"); empty for
     * a caller who holds none (staff hold none).
     */
    public List<CertificateView> mine() {
        // newest day first and, on one day, a course certificate before the module ones (the last module of a course
        // issues both at once); otherwise the query's order, newest first
        return callerId().map(id -> em.createNamedQuery("Certificate.allOfLearner", Certificate.class)
                .setParameter("learnerId", id).getResultStream().map(CertificateService::toView)
                .sorted(java.util.Comparator.comparing(CertificateView::issuedOn).reversed()
                        .thenComparing(CertificateView::course, java.util.Comparator.reverseOrder()))
                .toList()).orElse(List.of());
    }

    /** The code of the learner's certificate of a course, once the course's rule is met. */
    public Optional<String> courseCode(long learnerId, String courseId) {
        return em.createNamedQuery("Certificate.ofLearnerCourse", Certificate.class)
                .setParameter("learnerId", learnerId).setParameter("courseId", courseId)
                .getResultStream().findFirst().map(Certificate::getCode);
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
        Optional<Long> caller = callerId();
        return findByCode(code).filter(c -> caller.isPresent() && c.learnerId() == caller.get())
                .map(c -> new CertificatePdf(c.code(), pdf(c), DownloadName.of(c.learnerName(), c.title(), "pdf")));
    }

    private Optional<Long> callerId() {
        return Optional.ofNullable(session.getCallerPrincipal())
                .flatMap(p -> accounts.findByUsername(p.getName())).map(AuthenticatedAccount::id);
    }

    /** The public address that the QR code of a certificate points to. */
    public URI verificationUrl(String code) {
        return CertificatePdfs.verificationUrl(code);
    }

    byte[] pdf(CertificateView certificate) {
        return CertificatePdfs.pdf(CertificatePdfs.printable(certificate, accounts));
    }

    /**
     * What the public verification page and the JSON show of the certificate with this code, as typed or
     * scanned; empty for an unknown code, and without reading the database for one that cannot be a code
     * (malformed or over-long).
     */
    public Optional<Verification> verify(String code) {
        // one read for a public page that must answer thousands of times a second: the certificate and its
        // holder's choice of name together (the choice is the people context's, AccountService.showsFullName)
        return CertificateCode.normalize(code).flatMap(normalized ->
                        em.createNamedQuery("Certificate.verification", Object[].class)
                                .setParameter("code", normalized).getResultStream().findFirst())
                .map(row -> Verification.of((Certificate) row[0], Boolean.TRUE.equals(row[1])));
    }

    /**
     * The caller's certificates revoked since they were last told, each returned once: they are marked as told
     * in the same transaction.
     */
    public List<RevocationNotice> takeRevocationNotices() {
        List<Certificate> unseen = em.createNamedQuery("Certificate.unseenRevocations", Certificate.class)
                .setParameter("learnerId", accounts.caller().id()).getResultList();
        if (unseen.isEmpty()) {
            return List.of();
        }
        em.createNamedQuery("Certificate.revocationsSeen").setParameter("at", clock.instant())
                .setParameter("ids", unseen.stream().map(Certificate::getId).toList()).executeUpdate();
        return unseen.stream().map(c -> new RevocationNotice(c.getCode(),
                c.getModuleTitle() == null ? c.getCourseTitle() : c.getModuleTitle(),
                LocalDate.ofInstant(c.getRevokedAt(), PlatformTime.ZONE),
                c.getRevocationReason() == null ? RevocationReason.OTHER : c.getRevocationReason(),
                c.getRevocationNote())).toList();
    }

    private Optional<Certificate> find(long learnerId, String moduleId) {
        return em.createNamedQuery("Certificate.ofLearnerModule", Certificate.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    static CertificateView toView(Certificate c) {
        return new CertificateView(c.getCode(), c.getLearnerId(), c.getModuleId(), c.getLearnerName(),
                c.getModuleTitle(), c.getCourseTitle(), c.getCompetences(), c.getCompetenceNames(),
                c.getEstimatedMinutes(), c.getOrganisationName(), LocalDate.ofInstant(c.getIssuedAt(), PlatformTime.ZONE),
                c.getRevokedAt() != null, c.getCourseId(), c.getModuleTitles(), c.getPractices(),
                c.getCompetenceLevels(), c.getTrainerName(),
                c.getReissuedAt() == null ? null : LocalDate.ofInstant(c.getReissuedAt(), PlatformTime.ZONE));
    }
}
