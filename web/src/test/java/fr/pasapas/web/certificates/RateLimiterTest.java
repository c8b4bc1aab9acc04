package fr.pasapas.web.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(42 * SECOND);

    @Test
    void a_client_gets_its_burst_at_once_then_is_refused_with_the_time_to_wait() {
        RateLimiter limiter = new RateLimiter(5, 10, 100, clock::get);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.take("10.0.0.1").allowed(), "request " + (i + 1) + " of the burst");
        }
        RateLimiter.Decision refused = limiter.take("10.0.0.1");
        assertFalse(refused.allowed());
        assertEquals(6, refused.retryAfterSeconds(), "10 a minute: one every 6 s");
    }

    @Test
    void the_bucket_refills_at_the_rate_a_minute_and_never_above_the_burst() {
        RateLimiter limiter = new RateLimiter(3, 60, 100, clock::get);
        for (int i = 0; i < 3; i++) {
            limiter.take("a");
        }
        assertFalse(limiter.take("a").allowed());
        clock.addAndGet(SECOND / 2);
        RateLimiter.Decision halfWay = limiter.take("a");
        assertFalse(halfWay.allowed());
        assertEquals(1, halfWay.retryAfterSeconds(), "never less than one second");
        clock.addAndGet(SECOND / 2);
        assertTrue(limiter.take("a").allowed(), "one a second at 60 a minute");
        clock.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.take("a").allowed());
        }
        assertFalse(limiter.take("a").allowed(), "an hour of rest gives back the burst, not more");
    }

    @Test
    void each_client_has_its_own_bucket() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, clock::get);
        assertTrue(limiter.take("10.0.0.1").allowed());
        assertFalse(limiter.take("10.0.0.1").allowed());
        assertTrue(limiter.take("10.0.0.2").allowed(), "another address is not slowed down by the first one");
    }

    @Test
    void only_the_first_refusal_of_a_run_is_marked_for_the_log() {
        RateLimiter limiter = new RateLimiter(1, 60, 100, clock::get);
        limiter.take("x");
        assertTrue(limiter.take("x").firstRefusal());
        assertFalse(limiter.take("x").firstRefusal());
        assertFalse(limiter.take("x").firstRefusal());
        clock.addAndGet(SECOND);
        assertTrue(limiter.take("x").allowed());
        assertTrue(limiter.take("x").firstRefusal(), "a new run of refusals after an allowed request is logged again");
    }

    @Test
    void many_addresses_never_grow_the_memory_past_its_bound_and_the_oldest_are_forgotten_first() {
        RateLimiter limiter = new RateLimiter(1, 1, 1000, clock::get);
        limiter.take("busy");
        for (int i = 0; i < 100_000; i++) {
            limiter.take("198.51." + (i / 256) + "." + (i % 256));
            if (i % 500 == 0) {
                assertFalse(limiter.take("busy").allowed(), "a client seen recently is kept");
            }
        }
        assertEquals(1000, limiter.clients());
    }

    @Test
    void a_limit_must_allow_something() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 10, 10, clock::get));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(10, 0, 10, clock::get));
    }
}
