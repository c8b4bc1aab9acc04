package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.LearningRecorded;
import fr.pasapas.learning.domain.StepAnswer;
import fr.pasapas.learning.domain.StepAnswerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Answers with JPA (step_answer), in the caller's transaction. */
@ApplicationScoped
public class JpaStepAnswerRepository implements StepAnswerRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    /** What the figures for funders count, told in the writing transaction. */
    @Inject
    private Event<LearningRecorded> recorded;

    @Override
    public void saveAnswer(StepAnswer answer) {
        em.persist(answer);
        em.flush();
        recorded.fire(LearningRecorded.answered(answer.getLearnerId(), answer.getAnsweredAt()));
    }

    @Override
    public Optional<StepAnswer> answerByToken(long learnerId, String token) {
        return em.createNamedQuery("StepAnswer.byToken", StepAnswer.class)
                .setParameter("learnerId", learnerId).setParameter("token", token)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StepAnswer> latestAnswer(long learnerId, String moduleId, String stepId) {
        return em.createNamedQuery("StepAnswer.latest", StepAnswer.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public java.util.List<String> answerTexts(long learnerId, String moduleId, String stepId) {
        return em.createQuery("select a.answerText from StepAnswer a where a.learnerId = :learnerId"
                        + " and a.moduleId = :moduleId and a.stepId = :stepId and a.answerText is not null order by a.id",
                        String.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .getResultList();
    }
}
