package fr.pasapas.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Anyone who logs in: a learner (username + PIN) or a staff member (username + password). */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "select distinct a from Account a join fetch a.organisation left join fetch a.roles where a.username = :username")
@NamedQuery(name = "Account.byOrganisationAndRole",
        query = "select distinct a from Account a left join fetch a.roles where a.organisation.id = :organisationId"
                + " and a.role = :role order by a.displayName")
@NamedQuery(name = "Account.learnersAmong", query = "select a from Account a where a.id in :ids"
        + " and a.organisation.id = :organisationId and a.role = :role order by a.displayName, a.id")
@NamedQuery(name = "Account.ofWorkshopsLedBy",
        query = "select a from Account a where a.organisation.id = :organisationId and a.id in"
                + " (select m from WorkshopGroup g join g.learnerIds m where :trainerId member of g.trainerIds) order by a.displayName")
@NamedQuery(name = "Account.staffOf",
        query = "select distinct a from Account a left join fetch a.roles where a.organisation.id = :organisationId"
                + " and a.role in :staffRoles order by a.displayName")
@NamedQuery(name = "Account.learnerKeys", query = "select a.displayName, a.username, a.birthYear from Account a"
        + " where a.organisation.id = :organisationId and a.role = :role order by a.id")
@NamedQuery(name = "Account.namesOf", query = "select a.id, a.displayName from Account a where a.id in :ids")
@NamedQuery(name = "Account.demoUsernames", query = "select a.username from Account a where a.demo = true order by a.username")
@NamedQuery(name = "Account.countByRole", query = "select count(a) from Account a where a.role = :role")
@NamedQuery(name = "Account.countFailure", query = "update Account a set a.failedLogins = a.failedLogins + 1 where a.id = :id")
@NamedQuery(name = "Account.lockAfterFailures",
        query = "update Account a set a.lockedUntil = :until, a.failedLogins = 0 where a.id = :id and a.failedLogins >= :max")
@NamedQuery(name = "Account.clearFailures",
        query = "update Account a set a.failedLogins = 0, a.lockedUntil = null where a.id = :id")
@NamedQuery(name = "Account.replaceSecretHash",
        query = "update Account a set a.secretHash = :hash where a.id = :id and a.secretHash = :stored")
@NamedQuery(name = "Account.chooseLanguage", query = "update Account a set a.language = :language where a.id = :id")
@NamedQuery(name = "Account.chooseFullNameShown", query = "update Account a set a.showFullName = :shown where a.id = :id")
@NamedQuery(name = "Account.fullNameShown", query = "select a.showFullName from Account a where a.id = :id")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** The name in Latin letters for certificates and login cards, when the display name cannot be printed. */
    @Column(name = "print_name", length = 120)
    private String printName;

    /** The main role: a learner logs in with a PIN, staff with a password. Always one of {@link #roles}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /**
     * Every role the account holds: a coordinator may also lead workshops as a trainer. Read only for staff
     * ({@link #getRoles()}): lists of learners never load it.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The interface language chosen ("fr", "en"), null when never chosen. */
    @Column(length = 5)
    private String language;

    /** Optional: for the funders' age bands. */
    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(length = 30)
    private String phone;

    @Column(length = 254)
    private String email;

    /** Accessibility settings the learner starts with (staff set them at enrolment). */
    @Column(name = "bigger_text", nullable = false)
    private boolean biggerText;

    @Column(name = "high_contrast", nullable = false)
    private boolean highContrast;

    @Column(name = "read_aloud", nullable = false)
    private boolean readAloud;

    /** Set while the account is deactivated: it cannot log in, and nothing of it is deleted. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /**
     * The learner chose to show their full name on the public verification page of their certificates (by
     * default: first name and initial of the last name).
     */
    @Column(name = "show_full_name", nullable = false)
    private boolean showFullName;

    @Version
    private long version;

    protected Account() {
    }

    public Account(Organisation organisation, String username, String displayName, Role role,
                   String secretHash, boolean demo, Instant createdAt) {
        this.organisation = organisation;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.roles = EnumSet.of(role);
        this.secretHash = secretHash;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    /**
     * A staff member's roles become exactly these staff roles (trainer, coordinator); the main role follows the
     * highest of them. An admin stays admin, a learner stays a learner.
     */
    public void replaceStaffRoles(Set<Role> staffRoles) {
        if (role == Role.LEARNER || role == Role.ADMIN || staffRoles.isEmpty()
                || !Role.ORGANISATION_STAFF.containsAll(staffRoles)) {
            throw new IllegalArgumentException("Not staff roles of a staff member: " + staffRoles);
        }
        roles.clear();
        roles.addAll(staffRoles);
        role = staffRoles.contains(Role.PARTNER) ? Role.PARTNER : Role.TRAINER;
    }

    /** Records what the enrolment form says of a learner (their name included) in their account. */
    public void describe(LearnerProfile profile) {
        LearnerProfile clean = profile.cleaned();
        this.displayName = clean.displayName();
        this.printName = clean.printName();
        this.birthYear = clean.birthYear();
        this.phone = clean.phone();
        this.email = clean.email();
        this.language = clean.language();
        this.biggerText = clean.biggerText();
        this.highContrast = clean.highContrast();
        this.readAloud = clean.readAloud();
    }

    /** The account can no longer log in; nothing of it is deleted. Deactivating twice keeps the first date. */
    public void deactivate(Instant now) {
        if (deactivatedAt == null) {
            this.deactivatedAt = now;
        }
    }

    /** The account can log in again, with the same PIN, its progress and certificates intact. */
    public void reactivate() {
        this.deactivatedAt = null;
    }

    public boolean isDeactivated() {
        return deactivatedAt != null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A new PIN or password: the failures counted so far and any lock are forgotten. */
    public void replaceSecret(String newSecretHash) {
        this.secretHash = newSecretHash;
        unlock();
    }

    /** Lifts a lock and forgets the failures counted so far. */
    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Failures counted since the last successful login, or a lock still recorded. */
    public boolean hasLoginFailures() {
        return failedLogins > 0 || lockedUntil != null;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The Latin spelling given for printing, or null. */
    public String getPrintName() {
        return printName;
    }

    /** The name certificates and login cards print: the Latin spelling when one was given, else the display name. */
    public String printedName() {
        return printName != null ? printName : displayName;
    }

    public Role getRole() {
        return role;
    }

    /** Every role held; a learner's or an admin's is their one role, without reading the role rows. */
    public Set<Role> getRoles() {
        if (role == Role.LEARNER || role == Role.ADMIN) {
            return Set.of(role);
        }
        Set<Role> all = EnumSet.of(role);
        all.addAll(roles);
        return Collections.unmodifiableSet(all);
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isBiggerText() {
        return biggerText;
    }

    public boolean isHighContrast() {
        return highContrast;
    }

    public boolean isReadAloud() {
        return readAloud;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isShowFullName() {
        return showFullName;
    }
}
