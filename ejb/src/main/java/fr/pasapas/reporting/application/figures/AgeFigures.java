package fr.pasapas.reporting.application.figures;

import java.io.Serializable;
import java.time.YearMonth;

/** The figures of the learners of one age band (their age in that month) in one month. */
public record AgeFigures(YearMonth month, AgeBand band, Counts counts) implements Serializable {
}
