package fr.pasapas.web.learning.steps;

import static fr.pasapas.web.learning.steps.Fixtures.ORDER;
import static fr.pasapas.web.learning.steps.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.OrderItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderInputTest {

    private static List<String> start() {
        return ORDER.startFor(Fixtures.screen(ORDER).seed(), Fixtures.screen(ORDER).attempts()).stream().map(OrderItem::id).toList();
    }

    @Test
    void the_order_being_built_is_sent_as_the_answer() {
        assertEquals(new Answer.Order(List.of("e3", "e1", "e2")), input(ORDER, "order", "e3,e1,e2").read().answer());
    }

    @Test
    void a_missing_partial_repeated_or_unknown_order_falls_back_to_the_order_shown_at_the_start() {
        for (String forged : List.of("", "e1,e2", "e1,e1,e2", "e1,e2,x", "e1,e2,e3,e4")) {
            assertEquals(new Answer.Order(start()), input(ORDER, "order", forged).read().answer(), forged);
        }
        assertEquals(new Answer.Order(start()), input(ORDER).read().answer());
    }

    @Test
    void a_move_puts_the_item_one_place_up_or_down_and_comes_back_at_it() {
        assertEquals(Optional.of("&retry=true&order=e2,e1,e3#item-e2"), input(ORDER, "order", "e1,e2,e3").move("move-up-e2"));
        assertEquals(Optional.of("&retry=true&order=e1,e3,e2#item-e2"), input(ORDER, "order", "e1,e2,e3").move("move-down-e2"));
    }

    @Test
    void a_move_past_either_end_or_of_an_unknown_item_changes_nothing() {
        assertEquals(Optional.of("&retry=true&order=e1,e2,e3#item-e1"), input(ORDER, "order", "e1,e2,e3").move("move-up-e1"));
        assertEquals(Optional.of("&retry=true&order=e1,e2,e3#item-e3"), input(ORDER, "order", "e1,e2,e3").move("move-down-e3"));
        assertEquals(Optional.of("&retry=true&order=e1,e2,e3#item-x"), input(ORDER, "order", "e1,e2,e3").move("move-up-x"));
    }

    @Test
    void the_view_shows_the_order_being_built_with_its_ids() {
        OrderInput input = (OrderInput) input(ORDER, "order", "e2,e3,e1");
        assertEquals("e2,e3,e1", input.getOrderIds());
        assertEquals("Deux", input.getOrder().get(0).text());
    }
}
