package fr.pasapas.sandbox.infrastructure.persistence;

import fr.pasapas.sandbox.domain.RunLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The learner's lock is their account row, locked for update until the transaction ends. */
@ApplicationScoped
public class AccountRowRunLock implements RunLock {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Override
    public void lock(long learnerId) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE").setParameter(1, learnerId).getResultList();
    }
}
