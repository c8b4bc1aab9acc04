package fr.pasapas.catalogue.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Type it", with a forgiving check: blanks around the answer are always ignored, and {@code ignore} lists the
 * other differences to forgive.
 *
 * @param label    the field's label
 * @param accepted the accepted answers (1 to 5)
 * @param hints    checked in order on a wrong answer; the first that matches gives the message
 * @param image    optional, may be null
 */
public record TypingStep(String id, String title, String instruction, String label, List<String> accepted,
                         Set<TypingStep.Ignore> ignore, List<TypingHint> hints, String rightFeedback,
                         String wrongFeedback, Image image) implements QuestionStep {

    /** Differences a typing step may forgive. */
    public enum Ignore {
        /** Upper and lower case: "Marie" = "marie". */
        CASE,
        /** Every space, tab or line break, anywhere: "06 12" = "0612". */
        SPACES,
        /** Accents and cedillas: "été" = "ete", "ça" = "ca". */
        ACCENTS
    }

    /** What the content gives when it lists no {@code ignore}. */
    public static final Set<Ignore> DEFAULT_IGNORE = Set.of(Ignore.CASE);

    public TypingStep {
        accepted = List.copyOf(accepted);
        ignore = ignore.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ignore));
        hints = List.copyOf(hints);
    }

    /**
     * Checks what the learner typed. Right: the right feedback. Wrong: the message of the first hint that matches,
     * else the wrong feedback. Nothing typed (null or blanks) is wrong.
     */
    public TypingResult check(String typed) {
        if (typed == null || typed.isBlank()) {
            return new TypingResult(false, wrongFeedback);
        }
        String answer = normalise(typed, ignore);
        boolean correct = accepted.stream().anyMatch(a -> normalise(a, ignore).equals(answer));
        return new TypingResult(correct, message(typed, correct));
    }

    /** Refused: an answer of another kind, or a text longer than an answer can be stored. */
    @Override
    public Optional<Verdict> judge(Answer answer) {
        if (!(answer instanceof Answer.Typed typed) || typed.text().length() > Answer.MAX_TEXT) {
            return Optional.empty();
        }
        return Optional.of(verdict(typed, check(typed.text()).correct()));
    }

    /** What was typed, and the right feedback, or the first hint that matches, or the wrong feedback. */
    @Override
    public Verdict verdict(Answer answer, boolean correct) {
        String typed = ((Answer.Typed) answer).text();
        return new Verdict(correct, Text.content(typed), List.of(Text.content(message(typed, correct))));
    }

    @Override
    public Answer rightAnswer() {
        return new Answer.Typed(accepted.get(0));
    }

    @Override
    public String encode(Answer answer) {
        return Answer.clip(((Answer.Typed) answer).text());
    }

    @Override
    public Answer decode(String text) {
        return new Answer.Typed(text);
    }

    @Override
    public List<String> mediaPaths() {
        return Image.paths(image);
    }

    private String message(String typed, boolean correct) {
        if (correct) {
            return rightFeedback;
        }
        return hints.stream().filter(hint -> matches(typed, hint)).map(TypingHint::message).findFirst()
                .orElse(wrongFeedback);
    }

    /**
     * Hints look at the typed text with blanks around it removed, forgiving case and accents as the step does;
     * spaces inside are kept, so a hint can look for a space.
     */
    private boolean matches(String typed, TypingHint hint) {
        Set<Ignore> forHints = EnumSet.noneOf(Ignore.class);
        forHints.addAll(ignore);
        forHints.remove(Ignore.SPACES);
        boolean contains = normalise(typed, forHints).contains(normalise(hint.text(), forHints, false));
        return hint.kind() == TypingHint.Kind.CONTAINS ? contains : !contains;
    }

    /** The text as compared: blanks around removed, then the forgiven differences removed. */
    public static String normalise(String text, Set<Ignore> ignore) {
        return normalise(text, ignore, true);
    }

    private static String normalise(String text, Set<Ignore> ignore, boolean strip) {
        String result = strip ? text.strip() : text;
        if (ignore.contains(Ignore.SPACES)) {
            result = result.replaceAll("\\s+", "");
        }
        if (ignore.contains(Ignore.ACCENTS)) {
            result = Normalizer.normalize(result, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        if (ignore.contains(Ignore.CASE)) {
            result = result.toLowerCase(Locale.ROOT);
        }
        return Normalizer.normalize(result, Normalizer.Form.NFC);
    }
}
