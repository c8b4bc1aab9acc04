package fr.pasapas.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AbandonTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void a_learner_quiet_for_more_than_seven_days_on_an_unfinished_module_counts_as_an_abandon() {
        assertTrue(Abandon.abandoned(false, NOW.minus(Duration.ofDays(8)), NOW));
        assertTrue(Abandon.abandoned(false, NOW.minus(Duration.ofDays(7)).minusMillis(1), NOW));
    }

    @Test
    void a_learner_active_within_seven_days_is_not_counted_as_an_abandon_on_the_heat_map() {
        assertFalse(Abandon.abandoned(false, NOW.minus(Duration.ofDays(7)), NOW), "exactly seven days is not yet");
        assertFalse(Abandon.abandoned(false, NOW.minus(Duration.ofHours(1)), NOW));
    }

    @Test
    void a_completed_module_never_counts_as_abandoned_however_old() {
        assertFalse(Abandon.abandoned(true, NOW.minus(Duration.ofDays(400)), NOW));
    }

    @Test
    void the_cutoff_the_sql_uses_is_seven_days_before_now() {
        assertEquals(Instant.parse("2026-11-27T10:00:00Z"), Abandon.cutoff(NOW));
    }
}
