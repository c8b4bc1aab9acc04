package fr.pasapas.people.application;

import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.LearnerProfile;
import fr.pasapas.people.domain.Organisation;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.domain.Usernames;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Makes learner accounts, for the enrolment form and the import alike: a readable username free in the whole
 * platform, a PIN given in clear once and stored hashed, the profile the staff member filled in. Used inside the
 * caller's transaction, after {@link #lockOrganisation}: two staff members enrolling the same name at the same
 * moment get two usernames, not a unique-key error.
 */
@Dependent
class NewLearners {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    @Resource
    private ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();

    /** A PIN in clear and its stored form. */
    record Pin(String clear, String hash) {
        @Override
        public String toString() {
            return "Pin[****]";
        }
    }

    /** One creation at a time in an organisation, until the end of the transaction. */
    void lockOrganisation(long organisationId) {
        em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * {@code count} new PINs with their hashes, hashed on every core at once: a hash takes 0.15 s on purpose,
     * and an import needs hundreds. Call it before taking locks.
     */
    List<Pin> pins(int count) {
        int cores = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), count));
        List<Callable<List<Pin>>> chunks = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            int size = count / cores + (c < count % cores ? 1 : 0);
            chunks.add(() -> {
                List<Pin> pins = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    pins.add(pin());
                }
                return pins;
            });
        }
        try {
            List<Pin> pins = new ArrayList<>(count);
            for (Future<List<Pin>> chunk : executor.invokeAll(chunks)) {
                pins.addAll(chunk.get());
            }
            return pins;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making PINs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not make PINs", e.getCause());
        }
    }

    Pin pin() {
        String pin = Usernames.pin(RANDOM);
        return new Pin(pin, secretHash.generate(pin.toCharArray()));
    }

    /** A new learner of the organisation with this (valid) profile and PIN. */
    Account create(long organisationId, LearnerProfile profile, Pin pin) {
        LearnerProfile clean = profile.cleaned();
        String username = Usernames.generate(clean.firstName(), clean.lastName(),
                u -> accounts.findByUsername(u).isPresent(), RANDOM);
        Account learner = new Account(em.getReference(Organisation.class, organisationId), username,
                clean.displayName(), Role.LEARNER, pin.hash(), false, clock.instant());
        learner.describe(clean);
        em.persist(learner);
        em.flush();
        return learner;
    }
}
