package fr.pasapas.certificates.infrastructure.pdf;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on one certificate ("attestation"). Pure data, no formatting: the renderer
 * formats the date, the duration and the labels in French.
 *
 * @param learnerName      the learner's name as it must appear, in any script a font has (see
 *                         {@link fr.pasapas.config.print.PrintFonts}); never drawn with "?" in it
 * @param moduleTitle      title of the module the learner followed
 * @param courseTitle      title of the course ("parcours") the module belongs to
 * @param competences      DigComp 2.2 competences covered, in display order (may be empty)
 * @param estimatedMinutes estimated duration of the module in minutes; {@code 0} hides the line
 * @param issuedOn         issue date, printed in words ("Le 25 novembre 2026")
 * @param organisationName issuing organisation ("Délivrée par : …")
 * @param code             verification code, printed as is
 * @param verificationUrl  public page where anyone can check the certificate; encoded in the QR code
 */
public record CertificateDocument(
        String learnerName,
        String moduleTitle,
        String courseTitle,
        List<Competence> competences,
        int estimatedMinutes,
        LocalDate issuedOn,
        String organisationName,
        String code,
        URI verificationUrl) {

    public CertificateDocument {
        requireText(learnerName, "learnerName");
        requireText(moduleTitle, "moduleTitle");
        requireText(courseTitle, "courseTitle");
        competences = List.copyOf(Objects.requireNonNull(competences, "competences"));
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
     * A DigComp 2.2 competence, e.g. {@code new Competence("5.2", "Identifier des besoins et des
     * réponses technologiques")}. The French name is a working translation ("traduction de travail").
     */
    public record Competence(String code, String frenchName) {
        public Competence {
            requireText(code, "code");
            requireText(frenchName, "frenchName");
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
