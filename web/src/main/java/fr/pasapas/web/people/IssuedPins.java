package fr.pasapas.web.people;

import fr.pasapas.people.application.LearnerCredentials;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PINs this staff member has just given (a new account, a new PIN), so that their login cards can print them.
 * Kept in the staff member's session only, never in the database (where a PIN is stored hashed), and only for
 * {@link #KEPT}: a card printed later has a blank line for the PIN instead. Gone at logout. The latest
 * {@link #MAX} only, so a session never grows without limit.
 */
@SessionScoped
public class IssuedPins implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration KEPT = Duration.ofMinutes(30);
    static final int MAX = 200;

    private record Issued(String pin, Instant at) implements Serializable {
        @Override
        public String toString() {
            return "Issued[pin=****, at=" + at + "]";
        }
    }

    private final LinkedHashMap<Long, Issued> pins = new LinkedHashMap<>();

    synchronized void remember(LearnerCredentials credentials) {
        pins.remove(credentials.learnerId()); // the newest PIN of a learner is the one that works
        pins.put(credentials.learnerId(), new Issued(credentials.pin(), Instant.now()));
        while (pins.size() > MAX) {
            pins.remove(pins.keySet().iterator().next());
        }
    }

    /** The PINs still kept of these learners, by learner id. */
    public synchronized Map<Long, String> of(Collection<Long> learnerIds) {
        Instant oldest = Instant.now().minus(KEPT);
        pins.values().removeIf(i -> i.at().isBefore(oldest));
        Map<Long, String> found = new HashMap<>();
        for (Long id : learnerIds) {
            Issued issued = pins.get(id);
            if (issued != null) {
                found.put(id, issued.pin());
            }
        }
        return found;
    }

    /** Every PIN still kept, by learner id (a workshop's cards pick their own). */
    public synchronized Map<Long, String> all() {
        return of(pins.keySet().stream().toList());
    }
}
