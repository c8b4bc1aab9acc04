package fr.pasapas.web.learning;

import java.io.Serializable;
import java.util.List;

/**
 * The feedback shown after an answer: right or wrong, what the learner answered, and the explanations of
 * the content (the feedback of the chosen answers, or the step's right/wrong message).
 */
public record Feedback(boolean correct, String yourAnswer, List<String> messages) implements Serializable {
}
