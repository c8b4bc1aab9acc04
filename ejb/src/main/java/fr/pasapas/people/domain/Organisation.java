package fr.pasapas.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner structure (PIMMS, social centre, CCAS) that owns its learners and staff. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byName", query = "select o from Organisation o where o.name = :name")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
