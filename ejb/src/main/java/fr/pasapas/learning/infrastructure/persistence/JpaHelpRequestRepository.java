package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.learning.domain.HelpRequestRepository;
import fr.pasapas.learning.domain.InboxQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Help requests with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaHelpRequestRepository implements HelpRequestRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Override
    public void add(HelpRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<HelpRequest> byId(long requestId) {
        return Optional.ofNullable(em.find(HelpRequest.class, requestId));
    }

    @Override
    public boolean isOpen(long learnerId, String moduleId, String stepId) {
        return !em.createNamedQuery("HelpRequest.openOf", HelpRequest.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .getResultList().isEmpty();
    }

    @Override
    public List<HelpRequest> inbox(long organisationId) {
        return em.createNamedQuery("HelpRequest.inbox", HelpRequest.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public List<HelpRequest> unreadAnswers(long learnerId) {
        return em.createNamedQuery("HelpRequest.unreadAnswers", HelpRequest.class)
                .setParameter("learnerId", learnerId).getResultList();
    }

    @Override
    public void markAnswersSeen(long learnerId, Collection<Long> requestIds, Instant now) {
        em.createNamedQuery("HelpRequest.markAnswersSeen").setParameter("now", now)
                .setParameter("learnerId", learnerId).setParameter("ids", requestIds).executeUpdate();
    }

    @Override
    public Optional<HelpRequest> latestAnswered(long learnerId, String moduleId, String stepId) {
        return em.createNamedQuery("HelpRequest.latestAnswered", HelpRequest.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<HelpRequest> inbox(InboxQuery query, int first, int max) {
        String order = query.oldestFirst() ? " order by h.createdAt, h.id" : " order by h.createdAt desc, h.id desc";
        return bind(em.createQuery("select h from HelpRequest h where " + where(query) + order, HelpRequest.class), query)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(InboxQuery query) {
        return bind(em.createQuery("select count(h) from HelpRequest h where " + where(query), Long.class), query)
                .getSingleResult();
    }

    private static String where(InboxQuery query) {
        return "h.organisationId = :organisationId"
                + (query.status() == null ? "" : " and h.status = :status")
                + (query.trainerId() == null ? "" : " and (h.assignedTrainerId = :trainerId or h.assignedTrainerId is null)")
                + (query.learnerIds() == null ? "" : " and h.learnerId in :learnerIds");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, InboxQuery query) {
        typed.setParameter("organisationId", query.organisationId());
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.trainerId() != null) {
            typed.setParameter("trainerId", query.trainerId());
        }
        if (query.learnerIds() != null) {
            typed.setParameter("learnerIds", query.learnerIds().isEmpty() ? List.of(-1L) : query.learnerIds());
        }
        return typed;
    }
}
