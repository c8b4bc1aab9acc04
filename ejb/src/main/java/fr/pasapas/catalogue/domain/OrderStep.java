package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** "Put in order": {@code items} are in the right order; the screen shows them {@link #shuffled(long)}. */
public record OrderStep(String id, String title, String instruction, List<OrderItem> items, String rightFeedback,
                        String wrongFeedback) implements Step {

    public OrderStep {
        items = List.copyOf(items);
    }

    /** Right when the ids are exactly the items' ids in the right order. */
    public boolean isCorrect(List<String> itemIds) {
        return itemIds != null && itemIds.equals(items.stream().map(OrderItem::id).toList());
    }

    /**
     * The items in an order that depends only on {@code seed} (same seed, same order: a page reload shows the
     * same list) and, from 2 items on, is never the right order.
     */
    public List<OrderItem> shuffled(long seed) {
        List<OrderItem> result = new ArrayList<>(items);
        if (result.size() < 2) {
            return List.copyOf(result);
        }
        Collections.shuffle(result, new Random(seed));
        if (result.equals(items)) {
            Collections.rotate(result, 1); // distinct ids: a rotation of the right order is never the right order
        }
        return List.copyOf(result);
    }
}
