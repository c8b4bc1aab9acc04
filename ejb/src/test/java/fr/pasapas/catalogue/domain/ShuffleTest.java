package fr.pasapas.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShuffleTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @Test
    void the_same_learner_sees_the_same_order_on_every_display_of_one_attempt() {
        long seed = Shuffle.seed(42, "module", "step");
        assertEquals(Shuffle.forAttempt(ITEMS, seed, 3), Shuffle.forAttempt(ITEMS, seed, 3));
        assertEquals(seed, Shuffle.seed(42, "module", "step"), "the seed does not depend on the run or the server");
    }

    @Test
    void each_new_attempt_shows_another_order_even_with_two_items() {
        for (long learner = 1; learner <= 200; learner++) {
            long seed = Shuffle.seed(learner, "m", "s");
            for (int attempt = 1; attempt < 6; attempt++) {
                assertNotEquals(Shuffle.forAttempt(List.of("x", "y"), seed, attempt - 1),
                        Shuffle.forAttempt(List.of("x", "y"), seed, attempt));
                assertNotEquals(Shuffle.forAttempt(ITEMS, seed, attempt - 1), Shuffle.forAttempt(ITEMS, seed, attempt));
            }
        }
    }

    @Test
    void an_order_is_always_a_rearrangement_and_learners_see_different_orders() {
        Set<List<String>> seen = new HashSet<>();
        IntStream.range(0, 100).forEach(learner -> {
            List<String> order = Shuffle.forAttempt(ITEMS, Shuffle.seed(learner, "m", "s"), 0);
            assertEquals(Set.copyOf(ITEMS), Set.copyOf(order));
            assertEquals(ITEMS.size(), order.size());
            seen.add(order);
        });
        assertTrue(seen.size() >= 12, "100 learners should see many of the 24 orders, saw " + seen.size());
    }

    @Test
    void the_right_answer_is_not_where_the_content_put_it_for_most_learners() {
        long first = IntStream.range(0, 400)
                .filter(learner -> Shuffle.forAttempt(ITEMS, Shuffle.seed(learner, "m", "s"), 0).get(0).equals("a")).count();
        assertTrue(first > 60 && first < 140, "about a quarter of learners see the first content choice first: " + first);
    }
}
