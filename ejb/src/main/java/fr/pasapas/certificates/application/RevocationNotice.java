package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.RevocationReason;
import java.time.LocalDate;

/**
 * What a learner is told, once, at their next login after one of their certificates was revoked.
 *
 * @param title the module's title, or the course's for a certificate of a whole course
 * @param note  what the coordinator wrote, or null
 */
public record RevocationNotice(String code, String title, LocalDate revokedOn, RevocationReason reason, String note) {
}
