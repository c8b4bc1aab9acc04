package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.GroupView;
import fr.pasapas.people.domain.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates for staff: a trainer downloads the course certificates of a workshop they lead (a coordinator or an
 * admin, of any workshop of their organisation) as one PDF or as a ZIP of PDFs, and a coordinator or an admin
 * reissues a certificate under the learner's corrected name. A workshop the caller may not see is answered like one
 * that does not exist ({@link GroupService#workshops()} applies the staff scope). Each download and each reissue is
 * written to the audit log.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class WorkshopCertificates {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private GroupService groups;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** A workshop's course certificates, ready to be written (the caller was allowed to see them). */
    public record Download(String workshopName, List<CertificateView> certificates, DownloadName fileName) {
        public Download {
            certificates = List.copyOf(certificates);
        }
    }

    /** How many course certificates each visible workshop's learners hold, by workshop id (for the workshop page). */
    public java.util.Map<Long, Long> counts() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (GroupView workshop : groups.workshops()) {
            counts.put(workshop.id(), (long) ofLearners(workshop.learnerIds()).size());
        }
        return counts;
    }

    /**
     * The course certificates of a workshop's learners, by learner name, for a download as {@code pdf} or
     * {@code zip}; recorded in the audit log. Empty for a workshop the caller may not see, and for one whose
     * learners hold none.
     */
    public Optional<Download> prepare(long workshopId, String format) {
        if (!"pdf".equals(format) && !"zip".equals(format)) {
            return Optional.empty();
        }
        Optional<GroupView> workshop = groups.workshops().stream().filter(g -> g.id() == workshopId).findFirst();
        if (workshop.isEmpty()) {
            return Optional.empty();
        }
        List<CertificateView> found = ofLearners(workshop.get().learnerIds());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditAction.CERTIFICATES_DOWNLOADED, workshop.get().name(),
                found.size() + " (" + format.toUpperCase(java.util.Locale.ROOT) + ")");
        return Optional.of(new Download(workshop.get().name(), found,
                DownloadName.of(workshop.get().name(), "attestations de parcours", format)));
    }

    /** One PDF, one certificate per page, in the order of {@link #prepare}. */
    public void writePdf(Download download, OutputStream out) {
        CertificatePdfs.writeAll(download.certificates().stream().map(c -> CertificatePdfs.printable(c, accounts)).toList(), "Attestations de parcours – " + download.workshopName(), out);
    }

    /** A ZIP of one PDF per certificate, streamed: each PDF is rendered and written before the next. */
    public void writeZip(Download download, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
            Set<String> names = new HashSet<>();
            for (CertificateView c : download.certificates()) {
                String name = DownloadName.of(c.learnerName(), c.title(), "pdf").unicode();
                for (int i = 2; !names.add(name); i++) {
                    name = DownloadName.of(c.learnerName() + " " + i, c.title(), "pdf").unicode();
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(CertificatePdfs.pdf(CertificatePdfs.printable(c, accounts)));
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reissues a certificate of a learner of the caller's organisation under the learner's current name (after a
     * staff member corrected it): same code and date of issue, the new name, and the day of the reissue on the PDF,
     * which supersedes the previous one. False, changing nothing, for an unknown code, another organisation's
     * certificate, or a name that did not change.
     */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public boolean reissue(String code) {
        Optional<Certificate> found = CertificateCodeLookup.find(em, code);
        if (found.isEmpty()) {
            return false;
        }
        Certificate certificate = found.get();
        AuthenticatedAccount me = accounts.caller();
        Optional<AuthenticatedAccount> learner = accounts.findById(certificate.getLearnerId())
                .filter(l -> l.organisationId() == me.organisationId());
        if (learner.isEmpty()) {
            return false;
        }
        String before = certificate.getLearnerName();
        if (!certificate.reissue(learner.get().displayName(), clock.instant())) {
            return false;
        }
        audit.record(AuditAction.CERTIFICATE_REISSUED, certificate.getLearnerName(),
                certificate.getCode() + " – " + before + " → " + certificate.getLearnerName());
        return true;
    }

    private List<CertificateView> ofLearners(Set<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Certificate.coursesOfLearners", Certificate.class)
                .setParameter("learnerIds", learnerIds).getResultStream().map(CertificateService::toView).toList();
    }
}
