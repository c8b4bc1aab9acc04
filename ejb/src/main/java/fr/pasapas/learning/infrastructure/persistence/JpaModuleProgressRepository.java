package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.LearningRecorded;
import fr.pasapas.learning.domain.ModuleProgress;
import fr.pasapas.learning.domain.ModuleProgressRecord;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Module rows with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaModuleProgressRepository implements ModuleProgressRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    /** What the figures for funders count, told in the writing transaction. */
    @Inject
    private Event<LearningRecorded> recorded;

    @Override
    public List<ModuleProgressRecord> ofLearners(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ModuleProgress.ofLearners", ModuleProgressRecord.class)
                .setParameter("learnerIds", learnerIds).getResultList();
    }

    /** Records that the learner is on a step of a module: inserts the module's row if absent, else moves it. */
    @Override
    public void moveTo(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        if (!moveToIfPresent(learnerId, moduleId, stepId, contentVersion, now)) {
            em.persist(new ModuleProgress(learnerId, moduleId, contentVersion, stepId, now));
            em.flush();
        }
    }

    /** Moves the learner's row of a module to a step, in one statement; false when the row does not exist yet. */
    @Override
    public boolean moveToIfPresent(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        return em.createQuery("update ModuleProgress p set p.currentStepId = :stepId, p.contentVersion = :version,"
                        + " p.lastActivityAt = :now where p.learnerId = :learnerId and p.moduleId = :moduleId")
                .setParameter("stepId", stepId).setParameter("version", contentVersion).setParameter("now", now)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .executeUpdate() == 1;
    }

    /** Marks the module completed; true only for the call that completed it. */
    @Override
    public boolean complete(long learnerId, String moduleId, Instant now) {
        boolean completed = em.createQuery("update ModuleProgress p set p.completedAt = :now, p.lastActivityAt = :now"
                        + " where p.learnerId = :learnerId and p.moduleId = :moduleId and p.completedAt is null")
                .setParameter("now", now).setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .executeUpdate() == 1;
        if (completed) {
            recorded.fire(LearningRecorded.moduleCompleted(learnerId, now));
        }
        return completed;
    }

    @Override
    public Optional<String> currentStepId(long learnerId, String moduleId) {
        return em.createQuery("select p.currentStepId from ModuleProgress p where p.learnerId = :learnerId"
                        + " and p.moduleId = :moduleId", String.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    @Override
    public boolean isCompleted(long learnerId, String moduleId) {
        return !em.createQuery("select p.id from ModuleProgress p where p.learnerId = :learnerId"
                        + " and p.moduleId = :moduleId and p.completedAt is not null", Long.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultList().isEmpty();
    }
}
