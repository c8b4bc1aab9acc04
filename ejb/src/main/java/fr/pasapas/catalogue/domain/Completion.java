package fr.pasapas.catalogue.domain;

/** When a module counts as completed ({@code completion:} of a module file). */
public enum Completion {
    /** Every step is done (the default). */
    ALL_STEPS,
    /** The module's single check step is passed. */
    PASS_CHECK
}
