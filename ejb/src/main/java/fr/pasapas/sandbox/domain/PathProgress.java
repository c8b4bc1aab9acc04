package fr.pasapas.sandbox.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scenario's view of a replay: which steps of the expected path are done, the mistakes (with their feedback)
 * and the hints. Fill steps that follow each other may be done in any order; a press or an open that repeats a
 * step done before (e.g. "send the code again") is no mistake; a value the site filled in beforehand is judged
 * when the button that sends its page is pressed.
 */
final class PathProgress {

    static final Words GENERIC_MISTAKE = new Words("Ce n'est pas l'étape attendue. Vous pouvez annuler et réessayer.",
            "This is not the expected step. You can undo and try again.");
    static final Words WRONG_VALUE = new Words("Ce n'est pas la valeur attendue. Regardez les papiers de la personne.",
            "This is not the expected value. Look at the person's papers.");

    private final List<ExpectedAction> path;
    private final SiteInputs inputs;
    private final boolean[] done;
    /** Steps done at least once: a step taken back by an expired code may be repeated without a mistake. */
    private final boolean[] everDone;
    /** Inputs holding a value already counted as a mistake, with its feedback. */
    private final Map<String, Words> wrongInputs = new HashMap<>();
    private final List<RunState.Mistake> mistakes = new ArrayList<>();
    private Words feedback;
    private Words hintShown;
    private int hintsUsed;

    PathProgress(List<ExpectedAction> path, SiteInputs inputs) {
        this.path = path;
        this.inputs = inputs;
        this.done = new boolean[path.size()];
        this.everDone = new boolean[path.size()];
    }

    /** A new action: the feedback is the previous one's. */
    void newAction() {
        feedback = null;
    }

    void askHint() {
        nextIndex().ifPresent(i -> {
            hintsUsed++;
            hintShown = path.get(i).hint();
        });
    }

    /** A value typed or chosen in an input of the page. */
    void input(Action action, Block block, String value) {
        Optional<Integer> current = nextIndex();
        for (int i = 0; i < path.size(); i++) {
            ExpectedAction step = path.get(i);
            boolean answerable = done[i] || current.isPresent() && i >= current.get() && inputsBetween(current.get(), i);
            if (step.isInput() && step.target().equals(block.id()) && answerable) {
                judge(action, i, block, value);
                return;
            }
        }
        wrongInput(action, block, current.map(i -> listed(path.get(i), action).orElse(otherwise(path.get(i))))
                .orElse(GENERIC_MISTAKE));
    }

    private void judge(Action action, int index, Block block, String value) {
        ExpectedAction step = path.get(index);
        Optional<String> expected = inputs.expectedOf(block, step.value());
        if (expected.isEmpty() ? !value.isBlank() : SiteInputs.same(block, value, expected.get())) {
            wrongInputs.remove(block.id());
            complete(index);
        } else {
            done[index] = false;
            wrongInput(action, block, feedbackFor(step, block, value));
        }
    }

    /**
     * Before a press: when it is the one that sends the pending input steps, each pre-filled input the learner left
     * as it was is judged now, as if typed (a right value confirmed, a wrong one sent: one mistake).
     *
     * @param held   what each input holds, by block id
     * @param onPage the block of an id on the page on screen
     */
    void confirmPrefilled(Action press, String target, Map<String, String> held, Function<String, Optional<Block>> onPage) {
        Optional<Integer> current = nextIndex();
        if (current.isEmpty() || !path.get(current.get()).isInput()
                || !sendsInputs(current.get(), ExpectedAction.Kind.PRESS, target)) {
            return;
        }
        for (int i = current.get(); i < path.size() && path.get(i).isInput(); i++) {
            ExpectedAction step = path.get(i);
            Optional<Block> block = onPage.apply(step.target()).filter(b -> b.prefill() != null);
            String value = held.get(step.target());
            if (!done[i] && block.isPresent() && value != null && !wrongInputs.containsKey(step.target())) {
                judge(press, i, block.get(), value);
            }
        }
    }

    /** Whether a press or an open is the expected step; a repeat of a done one (e.g. "send the code again") is no mistake. */
    void expectedStep(Action action, ExpectedAction.Kind kind, String target, boolean accepted) {
        Optional<Integer> current = nextIndex();
        if (current.isEmpty()) {
            return;
        }
        ExpectedAction step = path.get(current.get());
        if (step.kind() == kind && step.target().equals(target)) {
            if (accepted) {
                complete(current.get());
            } else {
                mistake(action, step.otherwise() == null ? SiteInputs.REFUSED : step.otherwise());
            }
            return;
        }
        if (step.isInput() && wrongInputs.containsKey(step.target()) && sendsInputs(current.get(), kind, target)) {
            // the button meant to send the inputs, pressed with a wrong value in: the same mistake, explained again
            feedback = wrongInputs.get(step.target());
            return;
        }
        boolean repeat = false;
        for (int i = 0; i < path.size(); i++) {
            repeat |= (i < current.get() || everDone[i]) && path.get(i).kind() == kind && path.get(i).target().equals(target);
        }
        if (!repeat || !accepted) {
            mistake(action, listed(step, action).orElse(otherwise(step)));
        }
    }

    /**
     * The site refused a code too old: no mistake, the steps from the press that sent it (or from typing it) are
     * to do again, from asking a new code on.
     */
    void codeExpired(String sentBy, String codeInput) {
        int from = -1;
        for (int i = 0; i < path.size(); i++) {
            if (done[i] && path.get(i).kind() == ExpectedAction.Kind.PRESS && path.get(i).target().equals(sentBy)) {
                from = i;
            }
        }
        for (int i = 0; from < 0 && i < path.size(); i++) {
            if (done[i] && path.get(i).isInput() && path.get(i).target().equals(codeInput)) {
                from = i;
            }
        }
        for (int i = Math.max(from, 0); from >= 0 && i < path.size(); i++) {
            done[i] = false;
        }
        wrongInputs.remove(codeInput);
        hintShown = null;
    }

    /** Whether the action is the press that follows the input steps from {@code from} in the path. */
    private boolean sendsInputs(int from, ExpectedAction.Kind kind, String target) {
        int i = from;
        while (i < path.size() && path.get(i).isInput()) {
            i++;
        }
        return kind == ExpectedAction.Kind.PRESS && i < path.size() && path.get(i).kind() == kind
                && path.get(i).target().equals(target);
    }

    private Words feedbackFor(ExpectedAction step, Block block, String value) {
        for (ExpectedAction.Mistake listed : step.mistakes()) {
            if (listed.value() != null && (listed.target() == null || listed.target().equals(block.id()))
                    && inputs.resolve(listed.value()).map(v -> SiteInputs.same(block, value, v)).orElse(false)) {
                return listed.feedback();
            }
        }
        return step.otherwise() == null ? WRONG_VALUE : step.otherwise();
    }

    /** The listed mistake a press, an open or a fill elsewhere matches. */
    private Optional<Words> listed(ExpectedAction step, Action action) {
        String target = targetOf(action);
        return step.mistakes().stream()
                .filter(m -> m.value() == null && target != null && target.equals(m.target()))
                .map(ExpectedAction.Mistake::feedback).findFirst();
    }

    private static String targetOf(Action action) {
        if (action instanceof Action.Press press) {
            return press.element();
        } else if (action instanceof Action.Open open) {
            return open.site();
        } else if (action instanceof Action.Fill fill) {
            return fill.field();
        } else if (action instanceof Action.Choose choose) {
            return choose.field();
        }
        return null;
    }

    private static Words otherwise(ExpectedAction step) {
        return step.otherwise() == null ? GENERIC_MISTAKE : step.otherwise();
    }

    private void complete(int index) {
        done[index] = true;
        everDone[index] = true;
        hintShown = null;
    }

    private void wrongInput(Action action, Block block, Words words) {
        wrongInputs.put(block.id(), words);
        mistake(action, words);
    }

    private void mistake(Action action, Words words) {
        mistakes.add(new RunState.Mistake(action, words));
        feedback = words;
    }

    private boolean inputsBetween(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!path.get(i).isInput()) {
                return false;
            }
        }
        return true;
    }

    Optional<Integer> nextIndex() {
        for (int i = 0; i < done.length; i++) {
            if (!done[i]) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    boolean reached() {
        return nextIndex().isEmpty();
    }

    Optional<ExpectedAction> next() {
        return nextIndex().map(path::get);
    }

    List<RunState.Mistake> mistakes() {
        return List.copyOf(mistakes);
    }

    Optional<Words> feedback() {
        return Optional.ofNullable(feedback);
    }

    Optional<Words> hintShown() {
        return Optional.ofNullable(hintShown);
    }

    int hintsUsed() {
        return hintsUsed;
    }
}
