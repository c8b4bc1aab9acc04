package fr.pasapas.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered to a question step, whatever its type. Its step judges it and keeps it in a compact
 * text form ({@link QuestionStep#encode}), stored with the answer so that its feedback can be shown again later.
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

    /** A text form cut to {@link #MAX_TEXT} characters, as stored. */
    static String clip(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
