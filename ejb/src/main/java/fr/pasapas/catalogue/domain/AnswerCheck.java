package fr.pasapas.catalogue.domain;

import java.util.HashSet;
import java.util.Optional;

/**
 * Whether an answer is right for a step. An answer that does not belong to the step (a choice, zone,
 * item or question it does not have, or an answer of another kind) is refused, never counted.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /** Right or wrong; empty when the answer does not fit the step at all. */
    public static Optional<Boolean> isCorrect(Step step, Answer answer) {
        if (step instanceof QuizStep quiz && answer instanceof Answer.Choices c) {
            boolean known = quiz.choices().stream().map(Choice::id).toList().containsAll(c.ids());
            if (!known || c.ids().isEmpty() || (!quiz.multiple() && c.ids().size() != 1)) {
                return Optional.empty();
            }
            return Optional.of(quiz.isCorrect(c.ids()));
        }
        if (step instanceof HotspotStep hotspot && answer instanceof Answer.Zone z) {
            if (z.missed()) {
                return Optional.of(false);
            }
            return hotspot.zone(z.zoneId()).map(HotspotStep.Zone::correct);
        }
        if (step instanceof OrderStep order && answer instanceof Answer.Order o) {
            var expected = new HashSet<>(order.items().stream().map(OrderItem::id).toList());
            if (o.itemIds().size() != expected.size() || !expected.equals(new HashSet<>(o.itemIds()))) {
                return Optional.empty();
            }
            return Optional.of(order.isCorrect(o.itemIds()));
        }
        if (step instanceof TypingStep typing && answer instanceof Answer.Typed t) {
            if (t.text().length() > Answer.MAX_TEXT) {
                return Optional.empty();
            }
            return Optional.of(typing.check(t.text()).correct());
        }
        if (step instanceof CheckStep check && answer instanceof Answer.CheckAnswers a) {
            for (var entry : a.choiceByQuestion().entrySet()) {
                var question = check.question(entry.getKey());
                if (question.isEmpty() || question.get().choices().stream().noneMatch(ch -> ch.id().equals(entry.getValue()))) {
                    return Optional.empty();
                }
            }
            return Optional.of(check.score(a.choiceByQuestion()).passed());
        }
        return Optional.empty();
    }

    /** A right answer to a step, e.g. to walk a module for the demo data. */
    public static Answer rightAnswer(Step step) {
        if (step instanceof QuizStep quiz) {
            return new Answer.Choices(quiz.correctIds());
        }
        if (step instanceof HotspotStep hotspot) {
            return new Answer.Zone(hotspot.correctZone().id());
        }
        if (step instanceof OrderStep order) {
            return new Answer.Order(order.items().stream().map(OrderItem::id).toList());
        }
        if (step instanceof TypingStep typing) {
            return new Answer.Typed(typing.accepted().get(0));
        }
        if (step instanceof CheckStep check) {
            var map = new java.util.LinkedHashMap<String, String>();
            for (CheckQuestion q : check.questions()) {
                map.put(q.id(), q.choices().stream().filter(Choice::correct).findFirst().orElseThrow().id());
            }
            return new Answer.CheckAnswers(map);
        }
        throw new IllegalArgumentException("An explanation has no answer");
    }
}
