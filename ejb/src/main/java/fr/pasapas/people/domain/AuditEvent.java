package fr.pasapas.people.domain;

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

/**
 * One staff action, as it was: who did what to whom, when. Only ever inserted; names are copied so the log
 * still reads right after a rename. Never holds a PIN or a password.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.ofOrganisation",
        query = "select e from AuditEvent e where e.organisationId = :organisationId order by e.happenedAt desc, e.id desc")
@NamedQuery(name = "AuditEvent.countOfOrganisation",
        query = "select count(e) from AuditEvent e where e.organisationId = :organisationId")
@NamedQuery(name = "AuditEvent.all", query = "select e from AuditEvent e order by e.happenedAt desc, e.id desc")
@NamedQuery(name = "AuditEvent.countAll", query = "select count(e) from AuditEvent e")
public class AuditEvent {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null for a platform action (an organisation created by an admin). */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected AuditEvent() {
    }

    public AuditEvent(Long organisationId, long actorId, String actorName, AuditAction action, String subject,
                      String detail, Instant happenedAt) {
        this.organisationId = organisationId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subject = cut(subject, MAX_SUBJECT);
        this.detail = detail == null ? null : cut(detail, MAX_DETAIL);
        this.happenedAt = happenedAt;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
