package fr.pasapas.people.application;

import fr.pasapas.people.domain.AuditAction;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log as staff read it.
 *
 * @param organisationName the organisation it concerns, or null for a platform action
 * @param detail           what else was recorded (a username, a step), or null
 */
public record AuditRow(long id, Instant happenedAt, String organisationName, String actorName, AuditAction action,
                       String subject, String detail) implements Serializable {
}
