package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderStepTest {

    private static OrderStep step(int size) {
        List<OrderItem> items = IntStream.rangeClosed(1, size).mapToObj(i -> new OrderItem("e" + i, "Étape " + i))
                .toList();
        return new OrderStep("ordre", "Dans quel ordre ?", "Remettez dans l'ordre.", items, "Bravo.", "Pas tout à fait.");
    }

    private static List<String> ids(List<OrderItem> items) {
        return items.stream().map(OrderItem::id).toList();
    }

    @Test
    void the_items_in_the_content_order_are_right() {
        assertTrue(step(4).isCorrect(List.of("e1", "e2", "e3", "e4")));
    }

    @Test
    void any_other_order_or_a_partial_list_is_wrong() {
        OrderStep step = step(4);
        assertFalse(step.isCorrect(List.of("e2", "e1", "e3", "e4")));
        assertFalse(step.isCorrect(List.of("e1", "e2", "e3")));
        assertFalse(step.isCorrect(List.of("e1", "e2", "e3", "e4", "e4")));
        assertFalse(step.isCorrect(List.of()));
        assertFalse(step.isCorrect(null));
    }

    @Test
    void the_shuffled_order_is_never_the_right_order_whatever_the_seed() {
        for (int size = 2; size <= 6; size++) {
            OrderStep step = step(size);
            for (long seed = -500; seed <= 500; seed++) {
                List<OrderItem> shuffled = step.shuffled(seed);
                assertNotEquals(step.items(), shuffled, "size " + size + ", seed " + seed);
                assertFalse(step.isCorrect(ids(shuffled)));
            }
        }
    }

    @Test
    void the_shuffled_order_holds_every_item_once() {
        OrderStep step = step(6);
        for (long seed = 0; seed < 100; seed++) {
            assertEquals(ids(step.items()), ids(step.shuffled(seed)).stream().sorted().toList());
        }
    }

    @Test
    void the_same_seed_gives_the_same_order_so_a_reload_shows_the_same_list() {
        OrderStep step = step(5);
        assertEquals(step.shuffled(42), step.shuffled(42));
    }

    @Test
    void different_seeds_give_different_orders() {
        OrderStep step = step(5);
        long distinct = IntStream.range(0, 50).mapToObj(seed -> ids(step.shuffled(seed))).distinct().count();
        assertTrue(distinct > 10, distinct + " different orders");
    }

    @Test
    void a_single_item_cannot_be_shuffled() {
        assertEquals(step(1).items(), step(1).shuffled(7));
    }

    @Test
    void an_order_is_judged_with_the_items_numbered_as_placed_and_the_right_or_wrong_feedback() {
        OrderStep step = step(3);
        assertEquals(Optional.of(new Verdict(false, Text.content("1. Étape 2 2. Étape 1 3. Étape 3"),
                List.of(Text.content("Pas tout à fait.")))), step.judge(new Answer.Order(List.of("e2", "e1", "e3"))));
        assertEquals(List.of(Text.content("Bravo.")), step.judge(step.rightAnswer()).orElseThrow().messages());
    }

    @Test
    void a_partial_list_a_repeated_item_an_unknown_item_or_another_kind_of_answer_is_refused() {
        OrderStep step = step(3);
        assertEquals(Optional.empty(), step.judge(new Answer.Order(List.of("e1", "e2"))));
        assertEquals(Optional.empty(), step.judge(new Answer.Order(List.of("e1", "e2", "e2"))));
        assertEquals(Optional.empty(), step.judge(new Answer.Order(List.of("e1", "e2", "x"))));
        assertEquals(Optional.empty(), step.judge(new Answer.Zone("e1")));
    }

    @Test
    void the_right_answer_survives_its_stored_form_and_an_order_shows_no_media() {
        OrderStep step = step(3);
        assertEquals("e1,e2,e3", step.encode(step.rightAnswer()));
        assertEquals(step.rightAnswer(), step.decode("e1,e2,e3"));
        assertEquals(List.of(), step.mediaPaths());
    }
}
