package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which a learner sees the choices and questions of a step: shuffled for each learner and each
 * attempt, the same for every display of one attempt (a reload or a second tab shows the same screen), and,
 * from 2 items on, never the same as the attempt before (a retry cannot be passed by remembering positions).
 * Answers are always sent by id, never by position, so the order never changes what an answer means.
 */
public final class Shuffle {

    private Shuffle() {
    }

    /** The seed of one learner at one step: stable across restarts and servers. */
    public static long seed(long learnerId, String moduleId, String stepId) {
        long h = 1125899906842597L;
        for (String part : List.of(moduleId, stepId)) {
            for (int i = 0; i < part.length(); i++) {
                h = 31 * h + part.charAt(i);
            }
            h = 31 * h + '/';
        }
        return h * 1_000_003L + learnerId * 7_919L;
    }

    /** The items in an order that depends only on {@code seed}. */
    public static <T> List<T> of(List<T> items, long seed) {
        List<T> result = new ArrayList<>(items);
        Collections.shuffle(result, new Random(seed));
        return List.copyOf(result);
    }

    /**
     * The items for attempt {@code attempt} (0 for the first) of a learner whose step seed at attempt 0 is
     * {@code seed0}: shuffled, and different from the order of the attempt before.
     */
    public static <T> List<T> forAttempt(List<T> items, long seed0, int attempt) {
        List<T> order = of(items, seed0);
        for (int a = 1; a <= attempt; a++) {
            List<T> next = of(items, seed0 + a);
            if (items.size() > 1 && next.equals(order)) {
                List<T> rotated = new ArrayList<>(next);
                Collections.rotate(rotated, 1);
                next = List.copyOf(rotated);
            }
            order = next;
        }
        return order;
    }
}
