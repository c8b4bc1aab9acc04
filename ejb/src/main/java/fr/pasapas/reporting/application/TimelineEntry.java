package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing a learner did, for their timeline.
 *
 * @param stepNumber 1-based, 0 when the entry is about a whole module or no module
 * @param detail     the typed answer, the help message, the certificate code or the practice scenario; may be null
 * @param outcome    RIGHT/WRONG (answer), OPEN/ANSWERED/CLOSED (help), VALID/REVOKED (certificate),
 *                   PASSED/NOT_PASSED/OPEN (practice); null otherwise
 */
public record TimelineEntry(Kind kind, Instant at, String moduleTitle, int stepNumber, String stepTitle,
                            String detail, String outcome) implements Serializable {

    public enum Kind { MODULE_STARTED, MODULE_COMPLETED, ANSWER, HELP, CERTIFICATE, PRACTICE }
}
