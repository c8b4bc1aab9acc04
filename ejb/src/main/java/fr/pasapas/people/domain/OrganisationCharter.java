package fr.pasapas.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A version of an organisation's charter as a coordinator wrote it; only ever inserted. Version 1 is the
 * platform's default text ({@link Charter#DEFAULT_VERSION}), which has no row: the first text written is version 2.
 */
@Entity
@Table(name = "organisation_charter")
@NamedQuery(name = "OrganisationCharter.latest", query = "select c from OrganisationCharter c"
        + " where c.organisationId = :organisationId order by c.version desc")
@NamedQuery(name = "OrganisationCharter.currentVersion",
        query = "select max(c.version) from OrganisationCharter c where c.organisationId = :organisationId")
@NamedQuery(name = "OrganisationCharter.currentVersionOfAccount", query = "select max(c.version) from OrganisationCharter c,"
        + " Account a where a.username = :username and c.organisationId = a.organisation.id")
public class OrganisationCharter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = Charter.MAX_TEXT)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected OrganisationCharter() {
    }

    public OrganisationCharter(long organisationId, int version, String text, Instant createdAt, Long createdBy) {
        this.organisationId = organisationId;
        this.version = version;
        this.text = text;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
