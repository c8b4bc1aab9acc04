package fr.pasapas.reporting.infrastructure.figures;

/** What a row of the learners' events says happened; the one-letter code is what the SQL returns. */
public enum EventKind {
    /** A learner account was created. */
    ENROLLED("E"),
    /** The learner did something: answered a step, opened one (with the time spent on it), started a practice run. */
    ACTIVE("A"),
    MODULE_COMPLETED("M"),
    /** A practice run was finished. */
    PRACTICE_RUN("P"),
    /** A certificate was issued (and is not revoked). */
    CERTIFICATE("C");

    final String code;

    EventKind(String code) {
        this.code = code;
    }

    static EventKind of(String code) {
        for (EventKind kind : values()) {
            if (kind.code.equals(code.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown event kind " + code);
    }
}
