package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.ModuleProgressRecord;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** Module rows read as records, for many learners at once (writes stay in {@link ProgressRepository}). */
@ApplicationScoped
public class JpaModuleProgressRepository implements ModuleProgressRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Override
    public List<ModuleProgressRecord> ofLearners(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ModuleProgress.ofLearners", ModuleProgressRecord.class)
                .setParameter("learnerIds", learnerIds).getResultList();
    }
}
