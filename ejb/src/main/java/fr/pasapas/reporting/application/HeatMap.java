package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.util.List;

/** "Où bloquent-ils ?": one row per step of the modules shown, with each column's largest value for the shades. */
public record HeatMap(List<HeatRow> rows, long maxAttempts, long maxFailures, long maxAbandons, long maxHelps)
        implements Serializable {

    public HeatMap {
        rows = List.copyOf(rows);
    }

    static HeatMap of(List<HeatRow> rows) {
        return new HeatMap(rows, rows.stream().mapToLong(HeatRow::attempts).max().orElse(0),
                rows.stream().mapToLong(HeatRow::failures).max().orElse(0),
                rows.stream().mapToLong(HeatRow::abandons).max().orElse(0),
                rows.stream().mapToLong(HeatRow::helps).max().orElse(0));
    }

    public int shade(long value, long max) {
        return HeatShade.level(value, max);
    }
}
