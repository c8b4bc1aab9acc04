package fr.pasapas.learning.domain;

import java.util.Collection;

/**
 * Which help requests of an organisation an inbox lists.
 *
 * @param status     only requests in this status, or all of them when null
 * @param trainerId  only the requests assigned to this trainer or to nobody, or every assignee's when null
 * @param learnerIds only the requests of these learners (the members of a workshop), or everyone's when null
 */
public record InboxQuery(long organisationId, HelpRequest.Status status, Long trainerId, Collection<Long> learnerIds) {

    /** Waiting requests are listed oldest first (who waits longest comes first), the others newest first. */
    public boolean oldestFirst() {
        return status == HelpRequest.Status.OPEN;
    }
}
