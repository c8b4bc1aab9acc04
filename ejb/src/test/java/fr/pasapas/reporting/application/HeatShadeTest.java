package fr.pasapas.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeatShadeTest {

    @Test
    void a_step_where_nothing_happened_stays_white() {
        assertEquals(0, HeatShade.level(0, 10));
        assertEquals(0, HeatShade.level(0, 0));
    }

    @Test
    void the_worst_step_of_a_column_gets_the_darkest_shade() {
        assertEquals(HeatShade.DARKEST, HeatShade.level(10, 10));
        assertEquals(HeatShade.DARKEST, HeatShade.level(1, 1));
    }

    @Test
    void a_single_failure_among_many_still_shows_a_light_shade_not_white() {
        assertEquals(1, HeatShade.level(1, 1000));
    }

    @Test
    void shades_go_up_by_quarters_of_the_largest_value() {
        assertEquals(1, HeatShade.level(25, 100));
        assertEquals(2, HeatShade.level(26, 100));
        assertEquals(2, HeatShade.level(50, 100));
        assertEquals(3, HeatShade.level(75, 100));
        assertEquals(4, HeatShade.level(76, 100));
    }

    @Test
    void a_value_above_the_maximum_is_capped_at_the_darkest_shade() {
        assertEquals(HeatShade.DARKEST, HeatShade.level(50, 10));
    }
}
