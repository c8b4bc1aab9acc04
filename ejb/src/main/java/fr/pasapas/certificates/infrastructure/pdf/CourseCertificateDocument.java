package fr.pasapas.certificates.infrastructure.pdf;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a course certificate ("attestation de parcours"). Pure data: the renderer formats dates,
 * durations and labels in French.
 *
 * @param learnerName      the learner's name as it must appear
 * @param courseTitle      the course completed
 * @param modules          titles of the modules done, in course order
 * @param practices        the practices done on the sandbox, each with its mode, e.g. "Se connecter à la CAF (en
 *                         autonomie)"; may be empty
 * @param skills           DigComp 2.2 competences acquired, each with its proficiency level
 * @param estimatedMinutes the course's duration (sum of its modules'); {@code 0} hides it
 * @param issuedOn         the day of issue
 * @param reissuedOn       the day of the last reissue (a corrected name), or null
 * @param organisationName the issuing organisation
 * @param trainerName      the learner's trainer on the day of issue, or null
 * @param code             verification code
 * @param verificationUrl  public verification page, on the configured public address; encoded in the QR code
 */
public record CourseCertificateDocument(String learnerName, String courseTitle, List<String> modules,
                                        List<String> practices, List<Skill> skills, int estimatedMinutes,
                                        LocalDate issuedOn, LocalDate reissuedOn, String organisationName,
                                        String trainerName, String code, URI verificationUrl) {

    public CourseCertificateDocument {
        requireText(learnerName, "learnerName");
        requireText(courseTitle, "courseTitle");
        modules = List.copyOf(modules);
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a course certificate lists at least one module");
        }
        practices = List.copyOf(practices);
        skills = List.copyOf(skills);
        if (estimatedMinutes < 0) {
            throw new IllegalArgumentException("estimatedMinutes must not be negative: " + estimatedMinutes);
        }
        Objects.requireNonNull(issuedOn, "issuedOn");
        requireText(organisationName, "organisationName");
        requireText(code, "code");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        if (!verificationUrl.isAbsolute()) {
            throw new IllegalArgumentException("verificationUrl must be absolute: " + verificationUrl);
        }
    }

    /**
     * A DigComp 2.2 competence and the proficiency level the certificate states (1 to 8; Pas-à-Pas claims 1 to 3).
     */
    public record Skill(String code, String frenchName, int level) {
        public Skill {
            requireText(code, "code");
            requireText(frenchName, "frenchName");
            if (level < 1 || level > 8) {
                throw new IllegalArgumentException("DigComp levels go from 1 to 8: " + level);
            }
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
