package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** "Put in order": {@code items} are in the right order; the screen shows them {@link #shuffled(long)}. */
public record OrderStep(String id, String title, String instruction, List<OrderItem> items, String rightFeedback,
                        String wrongFeedback) implements QuestionStep {

    public OrderStep {
        items = List.copyOf(items);
    }

    /** Right when the ids are exactly the items' ids in the right order. */
    public boolean isCorrect(List<String> itemIds) {
        return itemIds != null && itemIds.equals(ids());
    }

    public Optional<OrderItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
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

    /** Whether {@code itemIds} holds every item once, in any order: an arrangement of this step's items. */
    public boolean isArrangement(List<String> itemIds) {
        return itemIds.size() == items.size() && new HashSet<>(ids()).equals(new HashSet<>(itemIds));
    }

    /** Refused unless the answer holds every item once. */
    @Override
    public Optional<Verdict> judge(Answer answer) {
        if (!(answer instanceof Answer.Order order) || !isArrangement(order.itemIds())) {
            return Optional.empty();
        }
        return Optional.of(verdict(order, isCorrect(order.itemIds())));
    }

    /** The learner's order, numbered ("1. … 2. …"), and the step's right or wrong feedback. */
    @Override
    public Verdict verdict(Answer answer, boolean correct) {
        List<String> numbered = new ArrayList<>();
        for (String itemId : ((Answer.Order) answer).itemIds()) {
            item(itemId).ifPresent(i -> numbered.add((numbered.size() + 1) + ". " + i.text()));
        }
        return new Verdict(correct, Text.content(String.join(" ", numbered)),
                List.of(Text.content(correct ? rightFeedback : wrongFeedback)));
    }

    @Override
    public Answer rightAnswer() {
        return new Answer.Order(ids());
    }

    @Override
    public String encode(Answer answer) {
        return Answer.clip(String.join(",", ((Answer.Order) answer).itemIds()));
    }

    @Override
    public Answer decode(String text) {
        return new Answer.Order(text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(",")));
    }

    @Override
    public List<String> mediaPaths() {
        return List.of();
    }

    private List<String> ids() {
        return items.stream().map(OrderItem::id).toList();
    }

    /** The starting order of this learner's attempt: never the right one, a new one at each attempt. */
    public List<OrderItem> startFor(long seed, int attempt) {
        return shuffled(seed + attempt);
    }
}
