package fr.pasapas.learning.application;

import fr.pasapas.learning.domain.HelpRequest;
import java.io.Serializable;

/**
 * What a staff member asks the inbox for.
 *
 * @param status     OPEN, ANSWERED, CLOSED, or null for all of them
 * @param mine       a trainer's own requests only (assigned to them, or to nobody yet); ignored for coordinators
 *                   and admins, who always see their organisation's
 * @param workshopId the members of this workshop of the caller's organisation only, or null for everyone
 */
public record InboxFilter(HelpRequest.Status status, boolean mine, Long workshopId) implements Serializable {
}
