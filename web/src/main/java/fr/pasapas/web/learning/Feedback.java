package fr.pasapas.web.learning;

import fr.pasapas.catalogue.domain.Text;
import fr.pasapas.catalogue.domain.Verdict;
import fr.pasapas.web.learning.steps.StepInput;
import java.io.Serializable;
import java.util.List;

/**
 * The feedback shown after an answer, in words: the stored verdict as its step worded it (never judged again
 * here), with the interface's sentences looked up.
 *
 * @param verdict    the heading: right or wrong (passed or not for a final check)
 * @param yourAnswer the line that reads the answer back
 * @param messages   the explanations of the content, and what is still to review
 */
public record Feedback(boolean correct, String verdict, String yourAnswer, List<String> messages)
        implements Serializable {

    /** Looks up a sentence of the interface, e.g. {@code MessageKeys::text}. */
    @FunctionalInterface
    public interface Wording {
        String text(String key, Object... args);
    }

    public Feedback {
        messages = List.copyOf(messages);
    }

    static Feedback of(Verdict verdict, StepInput input, Wording wording) {
        return new Feedback(verdict.correct(), wording.text(input.verdictKey(verdict.correct())),
                wording.text(input.yourAnswerKey(), words(verdict.answer(), wording)),
                verdict.messages().stream().map(text -> words(text, wording)).toList());
    }

    /** The CSS class of the feedback box. */
    public String tone() {
        return correct ? "right" : "wrong";
    }

    private static String words(Text text, Wording wording) {
        if (text instanceof Text.Message message) {
            return wording.text(message.key(), message.args().toArray());
        }
        return ((Text.Content) text).text();
    }
}
