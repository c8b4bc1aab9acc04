package fr.pasapas.certificates.application;

import fr.pasapas.certificates.domain.RevocationReason;
import java.time.LocalDate;

/**
 * A certificate as a coordinator or an admin sees it before revoking it: the holder's full name, and for a revoked
 * one the reason and the note.
 *
 * @param moduleTitle null for a certificate of a whole course
 */
public record StaffCertificate(String code, String learnerName, String courseTitle, String moduleTitle,
                               String organisationName, LocalDate issuedOn, LocalDate revokedOn,
                               RevocationReason reason, String note) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
