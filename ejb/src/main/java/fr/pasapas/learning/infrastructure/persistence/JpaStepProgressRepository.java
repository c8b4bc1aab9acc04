package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.StepProgressRecord;
import fr.pasapas.learning.domain.StepProgressRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** Step rows read as records, for many learners at once (writes stay in {@link ProgressRepository}). */
@ApplicationScoped
public class JpaStepProgressRepository implements StepProgressRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Override
    public List<StepProgressRecord> ofLearners(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("StepProgress.ofLearners", StepProgressRecord.class)
                .setParameter("learnerIds", learnerIds).getResultList();
    }
}
