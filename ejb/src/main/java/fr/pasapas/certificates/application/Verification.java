package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.Certificate;
import fr.pasapas.certificates.domain.RevocationReason;
import fr.pasapas.certificates.domain.VerificationName;
import fr.pasapas.config.PlatformTime;
import java.time.LocalDate;

/**
 * What anyone who has a certificate's code may read of it, on the public page and in the JSON: its state, the
 * holder's name as they chose to show it, what was followed, when and with whom; and, for a revoked one, when
 * and why (a category, never the note). Nothing else: no username, no learner id, no competences' details.
 *
 * @param moduleTitle null for a certificate of a whole course
 * @param revokedOn   null while valid
 * @param reason      null while valid
 */
public record Verification(String code, Status status, String name, String courseTitle, String moduleTitle,
                           LocalDate issuedOn, String organisationName, LocalDate revokedOn, RevocationReason reason) {

    public enum Status {
        VALID, REVOKED
    }

    static Verification of(Certificate c, boolean showFullName) {
        boolean revoked = c.getRevokedAt() != null;
        return new Verification(c.getCode(), revoked ? Status.REVOKED : Status.VALID,
                VerificationName.of(c.getLearnerName(), showFullName), c.getCourseTitle(), c.getModuleTitle(),
                LocalDate.ofInstant(c.getIssuedAt(), PlatformTime.ZONE), c.getOrganisationName(),
                revoked ? LocalDate.ofInstant(c.getRevokedAt(), PlatformTime.ZONE) : null,
                revoked ? (c.getRevocationReason() == null ? RevocationReason.OTHER : c.getRevocationReason()) : null);
    }

    public boolean revoked() {
        return status == Status.REVOKED;
    }
}
