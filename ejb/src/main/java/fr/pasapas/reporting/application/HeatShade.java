package fr.pasapas.reporting.application;

/**
 * The shade of a heat map cell: 0 (nothing) to {@link #DARKEST}, by the cell's share of the largest value of its
 * column. The number is always written in the cell too: the shade only helps the eye, it never carries the
 * meaning alone (a printout in black and white reads the same).
 */
public final class HeatShade {

    public static final int DARKEST = 4;

    private HeatShade() {
    }

    /** 0 when the value is 0; otherwise 1 to 4 by quarters of the column's largest value (the largest is 4). */
    public static int level(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        long quarters = (value * DARKEST + max - 1) / max; // ceiling: any value above 0 shows at least level 1
        return (int) Math.min(DARKEST, Math.max(1, quarters));
    }
}
