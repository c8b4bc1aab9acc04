package fr.pasapas.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Help requests: stored, found by learner or by organisation. */
public interface HelpRequestRepository {

    void add(HelpRequest request);

    /** The request itself, to answer or close it within the caller's transaction. */
    Optional<HelpRequest> byId(long requestId);

    /** Whether the learner has a request waiting on this step. */
    boolean isOpen(long learnerId, String moduleId, String stepId);

    /** Requests of an organisation that are not closed, oldest first, in one query. */
    List<HelpRequest> inbox(long organisationId);

    /** Answers the learner has not read yet, oldest first. */
    List<HelpRequest> unreadAnswers(long learnerId);

    void markAnswersSeen(long learnerId, Collection<Long> requestIds, Instant now);

    /** The latest answered request of the learner on a step. */
    Optional<HelpRequest> latestAnswered(long learnerId, String moduleId, String stepId);

    /** A page of an organisation's inbox, from {@code first} (0-based), at most {@code max}. One query. */
    List<HelpRequest> inbox(InboxQuery query, int first, int max);

    /** How many requests {@link #inbox(InboxQuery, int, int)} pages through. One query. */
    long count(InboxQuery query);
}
