package fr.pasapas.people.domain;

/** The staff actions the audit log records. Stored by name: add new ones, never rename one. */
public enum AuditAction {
    LEARNER_CREATED,
    LEARNERS_IMPORTED,
    PIN_RESET,
    ACCOUNT_UNLOCKED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    NAME_CHANGED,
    LOGIN_CARDS_PRINTED,
    WORKSHOP_CREATED,
    WORKSHOP_MEMBERS_CHANGED,
    ASSIGNED,
    UNASSIGNED,
    EXPORTED,
    CHARTER_CHANGED,
    HELP_ANSWERED,
    ORGANISATION_CREATED,
    STAFF_CREATED,
    STAFF_ROLES_CHANGED,
    PASSWORD_RESET,
    ORGANISATION_RENAMED
}
