package fr.pasapas.certificates.domain;

import fr.pasapas.catalogue.domain.DigComp;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A certificate as issued: learner name, titles and organisation are copied at issue time, because a
 * certificate states what was true that day. A MODULE certificate attests one module; a COURSE certificate
 * attests a course whose certificate rule was met, with its modules, practices, competences with their DigComp
 * levels, and the learner's trainer, all copied too. Only a reissue changes a certificate: it corrects the learner's
 * name, keeps the code and records when ({@link #reissue}).
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
@NamedQuery(name = "Certificate.ofLearnerModule",
        query = "select c from Certificate c where c.learnerId = :learnerId and c.moduleId = :moduleId")
@NamedQuery(name = "Certificate.ofLearner", query = "select c from Certificate c where c.learnerId = :learnerId"
        + " and c.kind = fr.pasapas.certificates.domain.CertificateKind.MODULE")
@NamedQuery(name = "Certificate.ofLearners", query = "select c from Certificate c where c.learnerId in :learnerIds"
        + " and c.kind = fr.pasapas.certificates.domain.CertificateKind.MODULE")
@NamedQuery(name = "Certificate.ofLearnerCourse",
        query = "select c from Certificate c where c.learnerId = :learnerId and c.courseId = :courseId")
@NamedQuery(name = "Certificate.allOfLearner",
        query = "select c from Certificate c where c.learnerId = :learnerId order by c.issuedAt desc, c.id desc")
@NamedQuery(name = "Certificate.coursesOfLearners", query = "select c from Certificate c where c.learnerId in :learnerIds"
        + " and c.kind = fr.pasapas.certificates.domain.CertificateKind.COURSE and c.revokedAt is null"
        + " order by c.learnerName, c.courseTitle, c.id")
@NamedQuery(name = "Certificate.verification", query = "select c, a.showFullName from Certificate c, Account a"
        + " where a.id = c.learnerId and c.code = :code")
@NamedQuery(name = "Certificate.revoke", query = "update Certificate c set c.revokedAt = :at, c.revocationReason = :reason,"
        + " c.revocationNote = :note, c.revokedBy = :by where c.id = :id and c.revokedAt is null")
@NamedQuery(name = "Certificate.unseenRevocations", query = "select c from Certificate c where c.learnerId = :learnerId"
        + " and c.revokedAt is not null and c.revocationSeenAt is null order by c.revokedAt")
@NamedQuery(name = "Certificate.revocationsSeen", query = "update Certificate c set c.revocationSeenAt = :at"
        + " where c.id in :ids and c.revocationSeenAt is null")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private CertificateKind kind = CertificateKind.MODULE;

    /** The course of a COURSE certificate; null for a module certificate. */
    @Column(name = "course_id", length = 80)
    private String courseId;

    /** Null for a course certificate. */
    @Column(name = "module_id", length = 80)
    private String moduleId;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(name = "learner_name", nullable = false, length = 120)
    private String learnerName;

    @Column(name = "module_title", length = 200)
    private String moduleTitle;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    /** DigComp 2.2 codes, comma-separated. */
    @Column(nullable = false, length = 200)
    private String competences;

    /**
     * The name of each competence as it was on the day of issue, one per line, in the order of the codes.
     * Null for certificates issued before names were copied (they print today's names).
     */
    @Column(name = "competence_names", length = 2000)
    private String competenceNames;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason", length = 20)
    private RevocationReason revocationReason;

    /** What the revoking coordinator or admin wrote; its holder reads it at their next login. */
    @Column(name = "revocation_note", length = 500)
    private String revocationNote;

    @Column(name = "revoked_by")
    private Long revokedBy;

    /** When the holder was told of the revocation (at their next login after it). */
    @Column(name = "revocation_seen_at")
    private Instant revocationSeenAt;

    /** The trainer of the learner's workshop on the day of issue (course certificates); null without one. */
    @Column(name = "trainer_name", length = 120)
    private String trainerName;

    /** Course certificates: the titles of the modules done, one per line. */
    @Column(name = "module_titles", length = 4000)
    private String moduleTitles;

    /** Course certificates: the practices done ("title (mode)"), one per line; may be empty. */
    @Column(length = 4000)
    private String practices;

    /** Course certificates: the DigComp proficiency level of each competence, comma-separated, in their order. */
    @Column(name = "competence_levels", length = 100)
    private String competenceLevels;

    @Column(name = "reissued_at")
    private Instant reissuedAt;

    protected Certificate() {
    }

    public Certificate(String code, long learnerId, String moduleId, int contentVersion, String learnerName,
                       String moduleTitle, String courseTitle, List<String> competences, List<String> competenceNames, int estimatedMinutes,
                       String organisationName, Instant issuedAt) {
        this.code = code;
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.contentVersion = contentVersion;
        this.learnerName = learnerName;
        this.moduleTitle = moduleTitle;
        this.courseTitle = courseTitle;
        if (competenceNames.size() != competences.size()) {
            throw new IllegalArgumentException("One name per competence: " + competences + " " + competenceNames);
        }
        this.competences = String.join(",", competences);
        this.competenceNames = String.join("\n", competenceNames);
        this.estimatedMinutes = estimatedMinutes;
        this.organisationName = organisationName;
        this.issuedAt = issuedAt;
    }

    /**
     * A course certificate; everything it states is given now, as it is on the day of issue.
     *
     * @param levels the DigComp level of each competence, in the order of {@code competences}
     */
    public static Certificate forCourse(String code, long learnerId, String courseId, int contentVersion,
                                        String learnerName, String courseTitle, List<String> moduleTitles,
                                        List<String> practices, List<String> competences, List<String> competenceNames,
                                        List<Integer> levels, int estimatedMinutes, String organisationName,
                                        String trainerName, Instant issuedAt) {
        if (levels.size() != competences.size()) {
            throw new IllegalArgumentException("One level per competence: " + competences + " " + levels);
        }
        Certificate c = new Certificate(code, learnerId, null, contentVersion, learnerName, null, courseTitle,
                competences, competenceNames, estimatedMinutes, organisationName, issuedAt);
        c.kind = CertificateKind.COURSE;
        c.courseId = courseId;
        c.moduleTitles = lines(moduleTitles);
        c.practices = lines(practices);
        c.competenceLevels = String.join(",", levels.stream().map(String::valueOf).toList());
        c.trainerName = trainerName;
        return c;
    }

    private static String lines(List<String> values) {
        if (values.stream().anyMatch(v -> v.contains("\n"))) {
            throw new IllegalArgumentException("A line break inside " + values);
        }
        return String.join("\n", values);
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n", -1));
    }

    /**
     * Reissues the certificate under the learner's corrected name: same code, same date of issue, same content;
     * the PDF, rendered from these fields, supersedes the previous one. False when the name is already this one.
     */
    public boolean reissue(String correctedName, Instant now) {
        if (correctedName == null || correctedName.isBlank() || correctedName.strip().equals(learnerName)) {
            return false;
        }
        this.learnerName = correctedName.strip();
        this.reissuedAt = now;
        return true;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public List<String> getModuleTitles() {
        return split(moduleTitles);
    }

    public List<String> getPractices() {
        return split(practices);
    }

    /** One level per competence; empty for a module certificate. */
    public List<Integer> getCompetenceLevels() {
        return competenceLevels == null || competenceLevels.isBlank() ? List.of()
                : Arrays.stream(competenceLevels.split(",")).map(Integer::valueOf).toList();
    }

    public Instant getReissuedAt() {
        return reissuedAt;
    }

    public String getCode() {
        return code;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<String> getCompetences() {
        return competences.isBlank() ? List.of() : Arrays.asList(competences.split(","));
    }

    public List<String> getCompetenceNames() {
        List<String> codes = getCompetences();
        if (competenceNames == null) {
            return codes.stream().map(c -> DigComp.frenchName(c).orElse(c)).toList();
        }
        return codes.isEmpty() ? List.of() : Arrays.asList(competenceNames.split("\n", -1));
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getId() {
        return id;
    }

    public RevocationReason getRevocationReason() {
        return revocationReason;
    }

    public String getRevocationNote() {
        return revocationNote;
    }

    public Long getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevocationSeenAt() {
        return revocationSeenAt;
    }
}
