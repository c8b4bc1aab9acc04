package fr.pasapas.web.certificates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, then {@code perMinute} a minute. In memory, for one
 * server: at most {@code maxClients} buckets are kept, the least recently seen client is forgotten first (it
 * starts again with a full bucket), so many addresses never make the map grow. One lock for all: a decision is a
 * few arithmetic operations on one map entry.
 */
final class RateLimiter {

    /**
     * @param retryAfterSeconds when a refused client may ask again (whole seconds, at least 1); 0 when allowed
     * @param firstRefusal      the first refusal since this client was last allowed: the one to log
     */
    record Decision(boolean allowed, long retryAfterSeconds, boolean firstRefusal) {
    }

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int burst;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    RateLimiter(int burst, int perMinute, int maxClients, LongSupplier nanoTime) {
        if (burst < 1 || perMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("burst, rate and clients must be positive");
        }
        this.burst = burst;
        this.tokensPerNano = (double) perMinute / NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(Math.min(maxClients, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one request from this client's bucket. */
    synchronized Decision take(String client) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * tokensPerNano);
        bucket.updated = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            bucket.throttled = false;
            return new Decision(true, 0, false);
        }
        boolean first = !bucket.throttled;
        bucket.throttled = true;
        long waitNanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
        return new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L), first);
    }

    /** How many clients are remembered now. */
    synchronized int clients() {
        return buckets.size();
    }

    private static final class Bucket {
        double tokens;
        long updated;
        boolean throttled;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
