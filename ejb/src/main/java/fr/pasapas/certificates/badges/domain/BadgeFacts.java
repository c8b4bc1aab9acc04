package fr.pasapas.certificates.badges.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate says, as much as an Open Badge needs: the same for a module attestation and a course
 * certificate, so that the credential is built the same way for both.
 *
 * @param code             the certificate's public code
 * @param learnerName      the learner's name as printed on the certificate
 * @param achievement      the badge class the certificate attests
 * @param issuedAt         when the certificate was issued
 * @param organisationName the issuing organisation, as printed on the certificate
 * @param revoked          whether the certificate was withdrawn
 */
public record BadgeFacts(String code, String learnerName, Achievement achievement, Instant issuedAt,
                         String organisationName, boolean revoked) {

    public BadgeFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(organisationName, "organisationName");
    }

    /** Whether a badge class stands for one module or a whole course. */
    public enum Kind {
        MODULE("modules", "Badge"),
        COURSE("courses", "Certificate");

        private final String pathSegment;
        private final String achievementType;

        Kind(String pathSegment, String achievementType) {
            this.pathSegment = pathSegment;
            this.achievementType = achievementType;
        }

        /** The segment of the badge class address: /api/badges/achievements/{segment}/{id}. */
        public String pathSegment() {
            return pathSegment;
        }

        /** The Open Badges AchievementType. */
        public String achievementType() {
            return achievementType;
        }

        public static java.util.Optional<Kind> ofPathSegment(String segment) {
            for (Kind k : values()) {
                if (k.pathSegment.equals(segment)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * A badge class: a module or a course of the catalogue.
     *
     * @param id          the module's or course's id in the catalogue
     * @param criteria    what earns it, in plain words
     * @param competences the DigComp 2.2 competences it attests
     */
    public record Achievement(Kind kind, String id, String name, String description, String criteria,
                              List<Competence> competences) {

        public Achievement {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            description = description == null || description.isBlank() ? name : description;
            Objects.requireNonNull(criteria, "criteria");
            competences = List.copyOf(competences);
        }
    }

    /** A DigComp 2.2 competence: its code ("1.1") and its name. */
    public record Competence(String code, String name) {
    }
}
