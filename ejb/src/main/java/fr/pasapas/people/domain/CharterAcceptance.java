package fr.pasapas.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner accepted a version of their organisation's charter, at this moment. Only ever inserted. */
@Entity
@Table(name = "charter_acceptance")
@NamedQuery(name = "CharterAcceptance.count", query = "select count(a) from CharterAcceptance a where a.accountId = :accountId"
        + " and a.organisationId = :organisationId and a.version = :version")
@NamedQuery(name = "CharterAcceptance.of", query = "select a from CharterAcceptance a where a.accountId = :accountId"
        + " and a.organisationId = :organisationId order by a.version desc")
public class CharterAcceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private int version;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected CharterAcceptance() {
    }

    public CharterAcceptance(long accountId, long organisationId, int version, Instant acceptedAt) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.version = version;
        this.acceptedAt = acceptedAt;
    }

    public int getVersion() {
        return version;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
