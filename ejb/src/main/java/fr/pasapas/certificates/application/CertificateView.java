package fr.pasapas.certificates.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as shown on the verification page and printed in the PDF.
 *
 * @param competenceNames the name of each competence, as it was when the certificate was issued
 */
public record CertificateView(String code, long learnerId, String moduleId, String learnerName, String moduleTitle,
                              String courseTitle, List<String> competences, List<String> competenceNames,
                              int estimatedMinutes, String organisationName, LocalDate issuedOn, boolean revoked) {
}
