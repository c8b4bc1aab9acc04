package fr.pasapas.sandbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One play of a scenario: the learner's actions, appended and never rewritten (the trace trainers see). What
 * the screen shows is never stored: {@link #state()} replays the actions still in effect, so undo, restart and
 * resume need no other data. Immutable: {@link #then(Action)} returns the longer run.
 */
public final class Run {

    private final Sandbox sandbox;
    private final Scenario scenario;
    private final Mode mode;
    private final long seed;
    private final List<Action> trace;

    private Run(Sandbox sandbox, Scenario scenario, Mode mode, long seed, List<Action> trace) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.seed = seed;
        this.trace = List.copyOf(trace);
    }

    static Run start(Sandbox sandbox, Scenario scenario, Mode mode, long seed) {
        return new Run(sandbox, scenario, mode, seed, List.of());
    }

    /** Resumes a stored run: the same actions give the same screen. */
    public static Run resume(Sandbox sandbox, Scenario scenario, Mode mode, long seed, List<Action> trace) {
        return new Run(sandbox, scenario, mode, seed, trace);
    }

    public Run then(Action action) {
        List<Action> longer = new ArrayList<>(trace);
        longer.add(Objects.requireNonNull(action, "action"));
        return new Run(sandbox, scenario, mode, seed, longer);
    }

    public Run open(String site) {
        return then(new Action.Open(site));
    }

    /** Types a value; one that looks like real personal data is not kept (see {@link Action.Fill#of}). */
    public Run fill(String field, String value) {
        return then(Action.Fill.of(field, value));
    }

    public Run choose(String field, String option) {
        return then(new Action.Choose(field, option));
    }

    public Run press(String element) {
        return then(new Action.Press(element));
    }

    public Run askHint() {
        return then(new Action.AskHint());
    }

    public Run undo() {
        return then(new Action.Undo());
    }

    public Run restart() {
        return then(new Action.Restart());
    }

    /** Every action as it happened, undo and restart included. */
    public List<Action> trace() {
        return trace;
    }

    /**
     * The actions still in effect. An undo takes back the last action but a hint (hints asked stay counted); when
     * that action is a press, the values typed just before it go too (they were sent with it, by one form). A
     * restart takes back everything.
     */
    public List<Action> inEffect() {
        List<Action> kept = new ArrayList<>();
        for (Action action : trace) {
            if (action instanceof Action.Undo) {
                undoLast(kept);
            } else if (action instanceof Action.Restart) {
                kept.clear();
            } else {
                kept.add(action);
            }
        }
        return kept;
    }

    private static void undoLast(List<Action> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last) instanceof Action.AskHint) {
            last--;
        }
        if (last < 0) {
            return;
        }
        boolean press = kept.remove(last) instanceof Action.Press;
        while (press && last > 0 && isInput(kept.get(last - 1))) {
            kept.remove(--last);
        }
    }

    private static boolean isInput(Action action) {
        return action instanceof Action.Fill || action instanceof Action.Choose;
    }

    public RunState state() {
        return Replay.of(sandbox, scenario, mode, seed, inEffect());
    }

    public Scenario scenario() {
        return scenario;
    }

    public Mode mode() {
        return mode;
    }

    public long seed() {
        return seed;
    }
}
