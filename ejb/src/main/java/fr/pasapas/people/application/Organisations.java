package fr.pasapas.people.application;

import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.Organisation;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The organisations of the platform, for its admins: list them with their numbers of people, create one with
 * its first coordinator, rename one. Names are unique, compared without case or surrounding spaces.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Organisations {

    public static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private StaffAccounts staff;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Every organisation by name, with how many learners and staff it has: one query. */
    public List<OrganisationSummary> all() {
        return em.createQuery("select new " + OrganisationSummary.class.getName() + "(o.id, o.name, o.createdAt,"
                        + " (select count(a) from Account a where a.organisation = o and a.role = :learner),"
                        + " (select count(a) from Account a where a.organisation = o and a.role in :staff))"
                        + " from Organisation o order by o.name", OrganisationSummary.class)
                .setParameter("learner", Role.LEARNER).setParameter("staff", Role.ORGANISATION_STAFF).getResultList();
    }

    /** A new organisation and its first coordinator, whose first password is shown once. */
    public StaffCredentials create(String name, String coordinatorName, String coordinatorUsername) {
        String clean = cleanName(name);
        Organisation organisation = new Organisation(clean, clock.instant());
        try {
            em.persist(organisation); // an identity key: the row is inserted here
            em.flush();
        } catch (PersistenceException e) {
            // two admins creating the same name at once: the name's unique key decides, the second is told
            if (UniqueKey.violated(e)) {
                throw new StaffAccountException("organisations.error.nameTaken");
            }
            throw e;
        }
        StaffCredentials coordinator = staff.createIn(organisation.getId(), coordinatorName, coordinatorUsername,
                EnumSet.of(Role.PARTNER));
        audit.recordFor(organisation.getId(), AuditAction.ORGANISATION_CREATED, clean, null);
        audit.recordFor(organisation.getId(), AuditAction.STAFF_CREATED, coordinator.displayName(),
                coordinator.username() + " " + Role.PARTNER.name());
        return coordinator;
    }

    public void rename(long organisationId, String name) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new StaffAccountException("organisations.error.unknown");
        }
        String clean = cleanName(name, organisationId);
        String before = organisation.getName();
        organisation.rename(clean);
        audit.recordFor(organisationId, AuditAction.ORGANISATION_RENAMED, clean, before);
    }

    private String cleanName(String name) {
        return cleanName(name, null);
    }

    private String cleanName(String name, Long except) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new StaffAccountException("organisations.error.name");
        }
        boolean taken = em.createQuery("select o.id from Organisation o where lower(o.name) = :name", Long.class)
                .setParameter("name", clean.toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new StaffAccountException("organisations.error.nameTaken");
        }
        return clean;
    }
}
