package fr.pasapas.reporting.application.figures;

import java.io.Serializable;
import java.time.YearMonth;

/** The figures of one month. */
public record MonthFigures(YearMonth month, Counts counts) implements Serializable {
}
