package fr.pasapas.people.application;

import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.AuditEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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


    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records an action of the caller in their organisation. Staff only: WildFly denies a method without a role
     * (default-missing-method-permissions-deny-access) in a bean whose other methods have one.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
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

    /** The caller's organisation's log as it is read, newest first, from {@code first} (0-based), at most {@code max}. */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public List<AuditRow> rowsOfOwnOrganisation(int first, int max) {
        return rows(caller().organisationId(), first, max);
    }

    /** An admin's reading: one organisation's log, or every organisation's (null), newest first. */
    @RolesAllowed("ADMIN")
    public List<AuditRow> rowsOf(Long organisationId, int first, int max) {
        return rows(organisationId, first, max);
    }

    /** How many lines {@link #rowsOf} pages through. */
    @RolesAllowed("ADMIN")
    public long countOf(Long organisationId) {
        return organisationId == null ? countAll() : em.createNamedQuery("AuditEvent.countOfOrganisation", Long.class)
                .setParameter("organisationId", organisationId).getSingleResult();
    }

    /** Every organisation by name, for an admin to choose whose log to read. */
    @RolesAllowed("ADMIN")
    public List<OrganisationName> organisations() {
        return em.createQuery("select new " + OrganisationName.class.getName() + "(o.id, o.name) from Organisation o"
                + " order by o.name, o.id", OrganisationName.class).getResultList();
    }

    private List<AuditRow> rows(Long organisationId, int first, int max) {
        var query = em.createQuery("select new " + AuditRow.class.getName() + "(e.id, e.happenedAt, o.name, e.actorName,"
                        + " e.action, e.subject, e.detail) from AuditEvent e left join Organisation o on o.id = e.organisationId"
                        + (organisationId == null ? "" : " where e.organisationId = :organisationId")
                        + " order by e.happenedAt desc, e.id desc", AuditRow.class)
                .setFirstResult(first).setMaxResults(max);
        if (organisationId != null) {
            query.setParameter("organisationId", organisationId);
        }
        return query.getResultList();
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }
}
