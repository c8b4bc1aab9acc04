package fr.pasapas.people.application;

import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The audit log of staff actions. An action is recorded inside the transaction that does it, so the log and
 * the data never disagree: a failed action leaves no line, a done action always one. Callers pass what a
 * coordinator should read (a learner's name, a workshop, a file name and a row count), never a PIN or a
 * password.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class AuditLog {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.systemUTC();

    /** Records an action of the caller in their organisation. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String subject, String detail) {
        AuthenticatedAccount actor = caller();
        em.persist(new AuditEvent(actor.organisationId(), actor.id(), actor.displayName(), action, subject, detail,
                clock.instant()));
    }

    /** Records an action of the caller that concerns another organisation, or none (null): an admin's. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed("ADMIN")
    public void recordFor(Long organisationId, AuditAction action, String subject, String detail) {
        AuthenticatedAccount actor = caller();
        em.persist(new AuditEvent(organisationId, actor.id(), actor.displayName(), action, subject, detail,
                clock.instant()));
    }

    /** The caller's organisation's log, newest first, from {@code first} (0-based), at most {@code max}. */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public List<AuditEvent> ofOwnOrganisation(int first, int max) {
        return em.createNamedQuery("AuditEvent.ofOrganisation", AuditEvent.class)
                .setParameter("organisationId", caller().organisationId())
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({"PARTNER", "ADMIN"})
    public long countOwnOrganisation() {
        return em.createNamedQuery("AuditEvent.countOfOrganisation", Long.class)
                .setParameter("organisationId", caller().organisationId()).getSingleResult();
    }

    /** Every organisation's log, newest first: the admin's view. */
    @RolesAllowed("ADMIN")
    public List<AuditEvent> all(int first, int max) {
        return em.createNamedQuery("AuditEvent.all", AuditEvent.class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed("ADMIN")
    public long countAll() {
        return em.createNamedQuery("AuditEvent.countAll", Long.class).getSingleResult();
    }

    private AuthenticatedAccount caller() {
        return accounts.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("The caller has no account"));
    }
}
