package fr.pasapas.people.application;

import fr.pasapas.config.PlatformSettings;
import fr.pasapas.config.print.UnprintableTextException;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.LoginPolicy;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.infrastructure.pdf.LoginCard;
import fr.pasapas.people.infrastructure.pdf.LoginCardsPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Printed login cards for the learners the caller may follow ({@link StaffScope}: a coordinator's whole
 * organisation, a trainer's own workshops), chosen one by one or a whole workshop. A
 * card shows the PIN only when the caller passes it (a PIN just given in their session: PINs are stored only
 * hashed); otherwise it has a blank line to write it by hand. Another organisation's learner or workshop (or,
 * for a trainer, one of a workshop they do not lead) is refused exactly like one that does not exist, and
 * nothing is printed. Cards print a learner's Latin spelling for printing when one was given
 * ({@link AuthenticatedAccount#printedName}). Every print is in the audit log, with
 * how many cards and for whom, never a PIN.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class LoginCards {

    /** More than a centre prints at once; keeps one request from rendering thousands of pages. */
    public static final int MAX_CARDS = 400;
    private static final LoginCardsPdf PDF = new LoginCardsPdf();

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private StaffScope scope;

    @EJB
    private GroupService groups;

    @EJB
    private AuditLog audit;

    /**
     * The cards of these learners, by name.
     *
     * @param pins PINs just given, by learner id; a learner without one gets a blank line
     * @throws LearnerAccountException {@code cards.error.none} for no learner, {@code cards.error.unknown} when
     *                                 the caller may not follow one of them
     */
    public byte[] forLearners(Collection<Long> learnerIds, Map<Long, String> pins) {
        Set<Long> ids = new LinkedHashSet<>(learnerIds);
        if (ids.isEmpty()) {
            throw new LearnerAccountException("cards.error.none");
        }
        if (ids.size() > MAX_CARDS) {
            throw new LearnerAccountException("cards.error.tooMany");
        }
        AuthenticatedAccount caller = scope.caller();
        List<Account> learners = em.createNamedQuery("Account.learnersAmong", Account.class)
                .setParameter("ids", ids).setParameter("organisationId", caller.organisationId())
                .setParameter("role", Role.LEARNER).getResultList();
        if (learners.size() != ids.size() || !scope.seesWholeOrganisation() && !ledLearners(caller).containsAll(ids)) {
            throw new LearnerAccountException("cards.error.unknown");
        }
        String subject = String.join(", ", learners.stream().map(Account::getDisplayName).toList());
        return print(caller, learners.stream().map(a -> card(a.getId(), a.printedName(), a.getUsername(), pins)).toList(),
                subject);
    }

    /**
     * The cards of a workshop's learners, by name.
     *
     * @throws LearnerAccountException {@code cards.error.unknown} for another organisation's workshop or none, or
     *                                 for a trainer one they do not lead; {@code cards.error.none} for a workshop
     *                                 without learners
     */
    public byte[] forWorkshop(long workshopId, Map<Long, String> pins) {
        AuthenticatedAccount caller = scope.caller();
        if (!scope.seesWholeOrganisation() && !scope.ledWorkshops().contains(workshopId)) {
            throw new LearnerAccountException("cards.error.unknown");
        }
        GroupName workshop = groups.namesOf(caller.organisationId()).stream().filter(w -> w.id() == workshopId)
                .findFirst().orElseThrow(() -> new LearnerAccountException("cards.error.unknown"));
        List<AuthenticatedAccount> learners = groups.learners(caller.organisationId(), workshopId, 0, MAX_CARDS);
        if (learners.isEmpty()) {
            throw new LearnerAccountException("cards.error.none");
        }
        return print(caller, learners.stream().map(a -> card(a.id(), a.printedName(), a.username(), pins)).toList(),
                workshop.name());
    }

    private byte[] print(AuthenticatedAccount caller, List<LoginCard> cards, String subject) {
        long withPin = cards.stream().filter(c -> c.pin() != null).count();
        audit.record(AuditAction.LOGIN_CARDS_PRINTED, subject,
                cards.size() + (cards.size() == 1 ? " carte" : " cartes") + (withPin == 0 ? "" : ", dont " + withPin
                        + " avec un nouveau code"));
        try {
            return PDF.render(cards, caller.organisationName(), PlatformSettings.publicUrl());
        } catch (UnprintableTextException e) {
            // a name enrolled before names were checked, without a Latin spelling: the trainer adds one
            throw new LearnerAccountException("cards.error.unprintable");
        }
    }

    private static LoginCard card(long id, String displayName, String username, Map<Long, String> pins) {
        String pin = pins == null ? null : pins.get(id);
        return new LoginCard(displayName, username, LoginPolicy.isValidPin(pin) ? pin : null);
    }

    /** The learners of the workshops a trainer leads. */
    private Set<Long> ledLearners(AuthenticatedAccount trainer) {
        return Set.copyOf(em.createNamedQuery("Account.ofWorkshopsLedBy", Account.class)
                .setParameter("organisationId", trainer.organisationId()).setParameter("trainerId", trainer.id())
                .getResultStream().map(Account::getId).toList());
    }
}
