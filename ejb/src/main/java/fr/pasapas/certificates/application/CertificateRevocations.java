package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.CertificateCode;
import fr.pasapas.certificates.domain.RevocationReason;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.StaffScope;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.AuditEvent;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Revoking a certificate: an admin any, a coordinator those of their organisation's learners. Anyone else (a
 * trainer, a coordinator of another organisation) is answered as if the certificate did not exist, so a code
 * reveals nothing. Every revocation is in the audit log; the holder is told at their next login
 * ({@link CertificateService#takeRevocationNotices}).
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class CertificateRevocations {

    /** The longest note a revocation keeps (the column's length). */
    public static final int MAX_NOTE = 500;
    /** The most certificates one search shows. */
    public static final int MAX_RESULTS = 50;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private StaffScope scope;

    @EJB
    private AuditLog audit;

    @EJB
    private AccountService accounts;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * The certificates the caller may revoke whose code is {@code query} (as typed) or whose holder's name
     * contains it (2 characters at least), by name, at most {@link #MAX_RESULTS}; none for a trainer.
     */
    public List<StaffCertificate> find(String query) {
        String typed = query == null ? "" : query.strip();
        if (!mayRevokeAny() || typed.length() < 2 || typed.length() > 120) {
            return List.of();
        }
        Optional<String> code = CertificateCode.normalize(typed);
        if (code.isPresent()) {
            return byCode(code.get()).filter(this::mayRevoke).map(CertificateRevocations::toStaff).stream().toList();
        }
        boolean admin = session.isCallerInRole(Role.ADMIN.name());
        var search = em.createQuery("select c from Certificate c where lower(c.learnerName) like :name escape '!'"
                        + (admin ? "" : " and c.learnerId in (select a.id from Account a where a.organisation.id = :org)")
                        + " order by c.learnerName, c.issuedAt, c.id", Certificate.class)
                .setParameter("name", "%" + typed.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%")
                .setMaxResults(MAX_RESULTS);
        if (!admin) {
            search.setParameter("org", scope.caller().organisationId());
        }
        return search.getResultStream().map(CertificateRevocations::toStaff).toList();
    }

    /**
     * Revokes the certificate with this code, for this reason; the note is required for {@link RevocationReason#OTHER}.
     * A certificate already revoked keeps its first revocation (two coordinators at once: one wins, in one
     * conditional statement, the other is told).
     *
     * @throws RevocationException with the bundle key of what is wrong; nothing is changed
     */
    public StaffCertificate revoke(String code, RevocationReason reason, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Certificate certificate = CertificateCode.normalize(code).flatMap(this::byCode).filter(this::mayRevoke)
                .orElseThrow(() -> new RevocationException("certificates.revoke.error.notFound"));
        if (reason == null) {
            throw new RevocationException("certificates.revoke.error.reason");
        }
        if (reason == RevocationReason.OTHER && cleanNote == null) {
            throw new RevocationException("certificates.revoke.error.noteRequired");
        }
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new RevocationException("certificates.revoke.error.noteTooLong");
        }
        AuthenticatedAccount me = scope.caller();
        int changed = em.createNamedQuery("Certificate.revoke").setParameter("at", clock.instant())
                .setParameter("reason", reason).setParameter("note", cleanNote).setParameter("by", me.id())
                .setParameter("id", certificate.getId()).executeUpdate();
        if (changed == 0) {
            throw new RevocationException("certificates.revoke.error.already");
        }
        String detail = certificate.getCode() + " – " + reason.name() + (cleanNote == null ? "" : " : " + cleanNote);
        detail = detail.length() > AuditEvent.MAX_DETAIL ? detail.substring(0, AuditEvent.MAX_DETAIL - 1) + "…" : detail;
        if (session.isCallerInRole(Role.ADMIN.name())) {
            Long organisation = accounts.findById(certificate.getLearnerId()).map(AuthenticatedAccount::organisationId)
                    .orElse(null);
            audit.recordFor(organisation, AuditAction.REVOKE_CERTIFICATE, certificate.getLearnerName(), detail);
        } else {
            audit.record(AuditAction.REVOKE_CERTIFICATE, certificate.getLearnerName(), detail);
        }
        em.refresh(certificate);
        return toStaff(certificate);
    }

    private boolean mayRevokeAny() {
        return session.isCallerInRole(Role.ADMIN.name()) || session.isCallerInRole(Role.PARTNER.name());
    }

    /** An admin: any certificate; a coordinator: their organisation's learners'; anyone else: none. */
    private boolean mayRevoke(Certificate certificate) {
        if (session.isCallerInRole(Role.ADMIN.name())) {
            return true;
        }
        return session.isCallerInRole(Role.PARTNER.name()) && scope.mayFollow(certificate.getLearnerId());
    }

    private Optional<Certificate> byCode(String normalized) {
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", normalized)
                .getResultStream().findFirst();
    }

    private static StaffCertificate toStaff(Certificate c) {
        return new StaffCertificate(c.getCode(), c.getLearnerName(), c.getCourseTitle(), c.getModuleTitle(),
                c.getOrganisationName(), LocalDate.ofInstant(c.getIssuedAt(), PlatformTime.ZONE),
                c.getRevokedAt() == null ? null : LocalDate.ofInstant(c.getRevokedAt(), PlatformTime.ZONE),
                c.getRevocationReason(), c.getRevocationNote());
    }
}
