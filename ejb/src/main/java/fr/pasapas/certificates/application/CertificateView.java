package fr.pasapas.certificates.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as shown on the verification page and "Mes attestations", and printed in the PDF.
 *
 * @param moduleId         the module of a module certificate; null for a course certificate
 * @param moduleTitle      null for a course certificate
 * @param competenceNames  the name of each competence, as it was when the certificate was issued
 * @param courseId         the course of a course certificate; null for a module certificate
 * @param moduleTitles     course certificates: the modules done; empty otherwise
 * @param practices        course certificates: the practices done, with their mode; empty otherwise
 * @param competenceLevels course certificates: the DigComp level of each competence; empty otherwise
 * @param trainerName      course certificates: the learner's trainer on the day of issue; null without one
 * @param reissuedOn       the day of the last reissue (corrected name); null if never reissued
 */
public record CertificateView(String code, long learnerId, String moduleId, String learnerName, String moduleTitle,
                              String courseTitle, List<String> competences, List<String> competenceNames,
                              int estimatedMinutes, String organisationName, LocalDate issuedOn, boolean revoked,
                              String courseId, List<String> moduleTitles, List<String> practices,
                              List<Integer> competenceLevels, String trainerName, LocalDate reissuedOn) {

    public CertificateView {
        competences = List.copyOf(competences);
        competenceNames = List.copyOf(competenceNames);
        moduleTitles = List.copyOf(moduleTitles);
        practices = List.copyOf(practices);
        competenceLevels = List.copyOf(competenceLevels);
    }

    /** A certificate of a whole course (else of one module). */
    public boolean course() {
        return courseId != null;
    }

    /** The same certificate printed under another spelling of the name (a Latin one, when a font lacks the name's script). */
    public CertificateView withLearnerName(String name) {
        return new CertificateView(code, learnerId, moduleId, name, moduleTitle, courseTitle, competences, competenceNames,
                estimatedMinutes, organisationName, issuedOn, revoked, courseId, moduleTitles, practices, competenceLevels,
                trainerName, reissuedOn);
    }

    /** What it attests, for lists: the course's title or the module's. */
    public String title() {
        return course() ? courseTitle : moduleTitle;
    }
}
