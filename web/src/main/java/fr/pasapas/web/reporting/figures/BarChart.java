package fr.pasapas.web.reporting.figures;

import fr.pasapas.reporting.application.figures.MonthFigures;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The bar chart of the figures page, computed on the server: for each month, a bar of the learners enrolled and a
 * bar of the learners active, with a value above each, on a scale rounded up to a readable step. The page draws it
 * as an inline SVG (no script, no inline style: it passes a strict content security policy); the same numbers are
 * in the table under it.
 */
public final class BarChart {

    /** The drawing's own units; the SVG scales to the width of the page. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 280;
    static final int LEFT = 44;
    static final int RIGHT = 8;
    static final int TOP = 20;
    static final int BOTTOM = 36;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yy");

    /** A bar: its place and size, its value, and whether it is the enrolled or the active series. */
    public record Bar(int x, int y, int width, int height, long value, String series) {
        public int labelX() {
            return x + width / 2;
        }

        public int labelY() {
            return y - 4;
        }
    }

    /** More months than this: values are not written above the bars, and months are labelled one in two (or three). */
    static final int LEGIBLE_MONTHS = 12;

    /** A month's label under its bars. */
    public record Label(int x, String text) {
    }

    /** A horizontal grid line and its value on the left. */
    public record Tick(int y, long value) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private final boolean values;

    public BarChart(List<MonthFigures> months) {
        values = months.size() <= LEGIBLE_MONTHS;
        long max = months.stream().mapToLong(m -> Math.max(m.counts().enrolled(), m.counts().active())).max().orElse(0);
        long step = step(max);
        long top = Math.max(step * 4, step * ((max + step - 1) / step));
        int plot = HEIGHT - TOP - BOTTOM;
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(baseline() - (int) (plot * v / top), v));
        }
        int slot = (WIDTH - LEFT - RIGHT) / Math.max(1, months.size());
        int bar = Math.max(2, (slot - 6) / 2);
        for (int i = 0; i < months.size(); i++) {
            MonthFigures m = months.get(i);
            int x = LEFT + i * slot + (slot - 2 * bar) / 2;
            bars.add(bar(x, bar, m.counts().enrolled(), top, plot, "enrolled"));
            bars.add(bar(x + bar, bar, m.counts().active(), top, plot, "active"));
            if (i % ((months.size() + LEGIBLE_MONTHS - 1) / LEGIBLE_MONTHS) == 0) {
                labels.add(new Label(LEFT + i * slot + slot / 2, MONTH.format(m.month())));
            }
        }
    }

    private Bar bar(int x, int width, long value, long top, int plot, String series) {
        int height = (int) Math.round((double) plot * value / top);
        return new Bar(x, baseline() - height, width, height, value, series);
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most 5 grid lines above zero. */
    static long step(long max) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (max <= step * factor * 5) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getBaseline() {
        return baseline();
    }

    public int getRight() {
        return WIDTH - RIGHT;
    }

    public int getLabelY() {
        return HEIGHT - BOTTOM + 18;
    }

    /** Whether each bar's value is written above it (not when bars are too narrow). */
    public boolean isValues() {
        return values;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public List<Label> getLabels() {
        return labels;
    }

    public List<Tick> getTicks() {
        return ticks;
    }
}
