package fr.pasapas.people.application;

import fr.pasapas.people.domain.Charter;
import fr.pasapas.people.domain.CharterAcceptance;
import fr.pasapas.people.domain.OrganisationCharter;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.Organisation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The charter of each organisation: the platform's default text (version 1) until a coordinator writes their
 * own; each text saved is the next version. A learner accepts the current version of their own organisation's
 * charter once (date and version stored) and is asked again when a new version is saved. Everyone works on
 * their own organisation's charter only.
 */
@Stateless
public class CharterService {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog audit;

    @Inject
    private LearnerLock learnerLock;

    private final Clock clock = Clock.systemUTC();

    /** The caller's organisation's current charter, in the interface language when it is the default one. */
    @RolesAllowed({"LEARNER", "TRAINER", "PARTNER", "ADMIN"})
    public CharterText current(String language) {
        return current(caller().organisationId(), language);
    }

    /** Whether the calling learner has accepted their organisation's current charter. Three small queries. */
    @RolesAllowed("LEARNER")
    public CharterStatus status() {
        AuthenticatedAccount learner = caller();
        int version = currentVersion(learner.organisationId());
        return new CharterStatus(learner.organisationId(), version, hasAccepted(learner, version));
    }

    /** The current version of the calling learner's organisation's charter, in one query: has it changed? */
    @RolesAllowed("LEARNER")
    public int currentVersion() {
        Integer latest = em.createNamedQuery("OrganisationCharter.currentVersionOfAccount", Integer.class)
                .setParameter("username", session.getCallerPrincipal().getName()).getSingleResult();
        return latest == null ? Charter.DEFAULT_VERSION : latest;
    }

    private int currentVersion(long organisationId) {
        Integer latest = em.createNamedQuery("OrganisationCharter.currentVersion", Integer.class)
                .setParameter("organisationId", organisationId).getSingleResult();
        return latest == null ? Charter.DEFAULT_VERSION : latest;
    }

    /**
     * The calling learner accepts the version they read. Accepting it again (a double tap, a reload) changes
     * nothing.
     *
     * @throws CharterException {@code charter.error.changed} when a newer version was saved meanwhile: they must
     *                          read that one
     */
    @RolesAllowed("LEARNER")
    public void accept(int version) {
        AuthenticatedAccount learner = caller();
        learnerLock.lock(learner.id()); // two taps at once: the second waits, sees the first, inserts nothing
        if (version != currentVersion(learner.organisationId())) {
            throw new CharterException("charter.error.changed");
        }
        if (!hasAccepted(learner, version)) {
            em.persist(new CharterAcceptance(learner.id(), learner.organisationId(), version, clock.instant()));
        }
    }

    /**
     * A coordinator saves a new text: it becomes the next version, and every learner of the organisation is
     * asked to accept it. The same text as the current one (a double click) saves nothing.
     *
     * @return the version now current
     * @throws CharterException {@code charter.error.text} for an empty text or one too long
     */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public int save(String typed) {
        String text = Charter.clean(typed).orElseThrow(() -> new CharterException("charter.error.text"));
        AuthenticatedAccount coordinator = caller();
        long organisationId = coordinator.organisationId();
        // one save at a time in an organisation: two coordinators saving at once make two versions, in turn
        em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        CharterText current = current(organisationId, null);
        if (current.ownText() && current.text().equals(text)) {
            return current.version();
        }
        int version = current.version() + 1;
        em.persist(new OrganisationCharter(organisationId, version, text, clock.instant(), coordinator.id()));
        audit.record(AuditAction.CHARTER_CHANGED, "Charte d’utilisation", "version " + version);
        return version;
    }

    private CharterText current(long organisationId, String language) {
        return em.createNamedQuery("OrganisationCharter.latest", OrganisationCharter.class)
                .setParameter("organisationId", organisationId).setMaxResults(1).getResultStream().findFirst()
                .map(c -> new CharterText(c.getVersion(), c.getText(), true, c.getCreatedAt()))
                .orElseGet(() -> new CharterText(Charter.DEFAULT_VERSION, Charter.defaultText(language), false, null));
    }

    private boolean hasAccepted(AuthenticatedAccount learner, int version) {
        return em.createNamedQuery("CharterAcceptance.count", Long.class).setParameter("accountId", learner.id())
                .setParameter("organisationId", learner.organisationId()).setParameter("version", version)
                .getSingleResult() > 0;
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }
}
