package fr.pasapas.people.domain;

/** What an assignment asks a learner to do. Stored by name: add new ones, never rename one. */
public enum ItemKind {
    /** Every module of a course. */
    COURSE,
    /** One module. */
    MODULE,
    /** A practice scenario of the sandbox, in one mode. */
    SCENARIO
}
