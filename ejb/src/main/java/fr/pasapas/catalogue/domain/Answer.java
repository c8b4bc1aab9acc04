package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered to a question step, whatever its type. Each answer has a compact text form,
 * stored with the answer so that its feedback can be shown again later.
 */
public sealed interface Answer {

    /** Choices of a quiz (one for a single-choice quiz). */
    record Choices(Set<String> ids) implements Answer {
        public Choices {
            ids = Set.copyOf(ids);
        }
    }

    /** The zone touched on a picture; an empty id when the tap hit no zone. */
    record Zone(String zoneId) implements Answer {
        public Zone {
            zoneId = zoneId == null ? "" : zoneId;
        }

        public boolean missed() {
            return zoneId.isEmpty();
        }
    }

    /** Items in the order the learner put them. */
    record Order(List<String> itemIds) implements Answer {
        public Order {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Text typed in a field. */
    record Typed(String text) implements Answer {
        public Typed {
            text = text == null ? "" : text;
        }
    }

    /** The choice made for each question of a final check. */
    record CheckAnswers(Map<String, String> choiceByQuestion) implements Answer {
        public CheckAnswers {
            choiceByQuestion = Map.copyOf(choiceByQuestion);
        }
    }

    /** Longest text form kept (the column holds 500 characters). */
    int MAX_TEXT = 500;

    /** The text form of this answer for the given step, as stored. */
    static String encode(Answer answer, Step step) {
        String text;
        if (answer instanceof Choices c && step instanceof QuizStep quiz) {
            text = String.join(",", quiz.choices().stream().map(Choice::id).filter(c.ids()::contains).toList());
        } else if (answer instanceof Zone z) {
            text = z.zoneId();
        } else if (answer instanceof Order o) {
            text = String.join(",", o.itemIds());
        } else if (answer instanceof Typed t) {
            text = t.text();
        } else if (answer instanceof CheckAnswers a && step instanceof CheckStep check) {
            List<String> pairs = new ArrayList<>();
            for (CheckQuestion q : check.questions()) {
                String choice = a.choiceByQuestion().get(q.id());
                if (choice != null) {
                    pairs.add(q.id() + "=" + choice);
                }
            }
            text = String.join(";", pairs);
        } else {
            throw new IllegalArgumentException("This answer does not fit a step of this type");
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** The answer back from its stored text form. */
    static Answer decode(String text, Step step) {
        String s = text == null ? "" : text;
        if (step instanceof QuizStep) {
            return new Choices(s.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split(","))));
        }
        if (step instanceof HotspotStep) {
            return new Zone(s);
        }
        if (step instanceof OrderStep) {
            return new Order(s.isEmpty() ? List.of() : Arrays.asList(s.split(",")));
        }
        if (step instanceof TypingStep) {
            return new Typed(s);
        }
        if (step instanceof CheckStep) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String pair : s.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return new CheckAnswers(map);
        }
        throw new IllegalArgumentException("An explanation has no answer");
    }
}
