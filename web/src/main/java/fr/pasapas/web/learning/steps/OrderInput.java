package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.OrderItem;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.learning.application.StepScreen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code order.xhtml}: the order being built travels in the {@code order} field (item ids, comma separated); a
 * move button ({@code do=move-up-<id>}, {@code move-down-<id>}) moves one item without a script.
 */
public final class OrderInput implements StepInput {

    private static final String MOVE = "move-";

    private final OrderStep step;
    private final List<OrderItem> order;

    OrderInput(StepScreen screen, FormFields form) {
        this.step = (OrderStep) screen.step();
        this.order = current(step, form.first("order", ""), step.startFor(screen.seed(), screen.attempts()));
    }

    /** The {@code order} field when it is a true arrangement of the items, else this attempt's start. */
    private static List<OrderItem> current(OrderStep step, String sent, List<OrderItem> start) {
        List<String> ids = sent.isBlank() ? List.of() : Arrays.asList(sent.split(","));
        if (!step.isArrangement(ids)) {
            return start;
        }
        return ids.stream().map(id -> step.item(id).orElseThrow()).toList();
    }

    @Override
    public String view() {
        return "order";
    }

    /** The order being built; a missing or forged {@code order} field sends the order shown at the start. */
    @Override
    public FormAnswer read() {
        return FormAnswer.of(new Answer.Order(ids(order)));
    }

    /** {@code move-up-<id>} or {@code move-down-<id>}: the order with that item one place up or down. */
    @Override
    public Optional<String> move(String action) {
        if (!action.startsWith(MOVE)) {
            return Optional.empty();
        }
        String move = action.substring(MOVE.length());
        boolean up = move.startsWith("up-");
        String id = move.substring(move.indexOf('-') + 1);
        List<OrderItem> moved = new ArrayList<>(order);
        for (int i = 0; i < moved.size(); i++) {
            int to = up ? i - 1 : i + 1;
            if (moved.get(i).id().equals(id)) {
                if (to >= 0 && to < moved.size()) {
                    moved.add(to, moved.remove(i));
                }
                break;
            }
        }
        return Optional.of("&retry=true&order=" + String.join(",", ids(moved)) + "#item-" + id);
    }

    public OrderStep getStep() {
        return step;
    }

    /** The order shown: the one being built (no script), else this attempt's start. */
    public List<OrderItem> getOrder() {
        return order;
    }

    public String getOrderIds() {
        return String.join(",", ids(order));
    }

    private static List<String> ids(List<OrderItem> items) {
        return items.stream().map(OrderItem::id).toList();
    }
}
