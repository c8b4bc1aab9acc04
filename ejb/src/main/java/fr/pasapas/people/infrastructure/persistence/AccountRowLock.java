package fr.pasapas.people.infrastructure.persistence;

import fr.pasapas.people.application.LearnerLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The learner's lock is a row lock on their account row, held until the end of the transaction. Both
 * databases run READ COMMITTED (H2's default, set for MariaDB in wildfly-config), and the existence checks
 * made under the lock are locking reads, so they see what the previous request committed.
 */
@ApplicationScoped
public class AccountRowLock implements LearnerLock {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Override
    public void lock(long learnerId) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, learnerId).getResultList();
    }
}
