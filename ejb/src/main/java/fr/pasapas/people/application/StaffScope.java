package fr.pasapas.people.application;

import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Whose people a staff member may see and act on. Everyone stays inside their organisation. A coordinator
 * (PARTNER) or an admin sees the whole organisation; a trainer sees the learners of the workshops they lead.
 * One person may be both, and then sees the whole organisation. Services ask here instead of deciding it
 * again, so the rule is written once.
 */
@Stateless
@DeclareRoles({"LEARNER", "TRAINER", "PARTNER", "ADMIN"})
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class StaffScope {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AccountService accounts;

    public AuthenticatedAccount caller() {
        return accounts.caller();
    }

    /** A coordinator or an admin: every learner and workshop of their organisation. */
    public boolean seesWholeOrganisation() {
        return session.isCallerInRole(Role.PARTNER.name()) || session.isCallerInRole(Role.ADMIN.name());
    }

    /** The workshops the caller leads. */
    public Set<Long> ledWorkshops() {
        return new HashSet<>(em.createQuery("select g.id from WorkshopGroup g where :me member of g.trainerIds", Long.class)
                .setParameter("me", caller().id()).getResultList());
    }

    /**
     * Whether the caller may see and help this learner: a learner of their organisation and, for a trainer who
     * is not also a coordinator, a member of a workshop they lead. An unknown id is simply not followed.
     */
    public boolean mayFollow(long learnerId) {
        Account learner = em.find(Account.class, learnerId);
        AuthenticatedAccount me = caller();
        if (learner == null || learner.getRole() != Role.LEARNER || learner.getOrganisation().getId() != me.organisationId()) {
            return false;
        }
        return seesWholeOrganisation() || em.createQuery("select count(g) from WorkshopGroup g join g.learnerIds m"
                        + " where :me member of g.trainerIds and m = :learner", Long.class)
                .setParameter("me", me.id()).setParameter("learner", learnerId).getSingleResult() > 0;
    }
}
