package fr.pasapas.sandbox.domain;

/** How a scenario is played. The run is the same; only what is shown and how the result is scored differ. */
public enum Mode {
    /** The next element is highlighted with its explanation; mistakes are answered at once. */
    GUIDED,
    /** Nothing highlighted; a hint on request (counted); mistakes are answered at once. */
    HINTS,
    /** Nothing shown until the end; then the result, and each mistake explained. */
    ALONE
}
