package fr.pasapas.sandbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One play of a scenario: the learner's actions with their times, appended and never rewritten (the trace
 * trainers see). What the screen shows is never stored: {@link #state()} replays the actions still in effect, so
 * undo, restart and resume need no other data. Immutable: {@link #then(Action)} returns the longer run.
 *
 * <p>Time is the actions' own, never the clock's (a code typed more than 15 minutes after it was sent is refused):
 * an action is stamped with the run's current time, which {@link #at(Instant)} and {@link #later(Duration)} move
 * on; a new run starts at {@link Instant#EPOCH}, a resumed one at its last action's time.
 */
public final class Run {

    private final Sandbox sandbox;
    private final Scenario scenario;
    private final Mode mode;
    private final long seed;
    private final List<TimedAction> trace;
    private final Instant now;

    private Run(Sandbox sandbox, Scenario scenario, Mode mode, long seed, List<TimedAction> trace, Instant now) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.seed = seed;
        this.trace = List.copyOf(trace);
        this.now = Objects.requireNonNull(now, "now");
    }

    static Run start(Sandbox sandbox, Scenario scenario, Mode mode, long seed) {
        return new Run(sandbox, scenario, mode, seed, List.of(), Instant.EPOCH);
    }

    /** Resumes a stored run from its actions and their times: the same actions give the same screen. */
    public static Run resume(Sandbox sandbox, Scenario scenario, Mode mode, long seed, List<TimedAction> trace) {
        Instant last = trace.isEmpty() ? Instant.EPOCH : trace.get(trace.size() - 1).at();
        return new Run(sandbox, scenario, mode, seed, trace, last);
    }

    /** The same run, its next actions done at {@code time}. */
    public Run at(Instant time) {
        return new Run(sandbox, scenario, mode, seed, trace, time);
    }

    /** The same run, its next actions done {@code duration} after the current time. */
    public Run later(Duration duration) {
        return at(now.plus(duration));
    }

    public Run then(Action action) {
        List<TimedAction> longer = new ArrayList<>(trace);
        longer.add(new TimedAction(Objects.requireNonNull(action, "action"), now));
        return new Run(sandbox, scenario, mode, seed, longer, now);
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
        return trace.stream().map(TimedAction::action).toList();
    }

    /** Every action as it happened, with its time. */
    public List<TimedAction> timedTrace() {
        return trace;
    }

    /**
     * The actions still in effect. An undo takes back the last action but a hint (hints asked stay counted); when
     * that action is a press, the values typed just before it go too (they were sent with it, by one form). A
     * restart takes back everything.
     */
    public List<Action> inEffect() {
        return timedInEffect().stream().map(TimedAction::action).toList();
    }

    List<TimedAction> timedInEffect() {
        List<TimedAction> kept = new ArrayList<>();
        for (TimedAction timed : trace) {
            if (timed.action() instanceof Action.Undo) {
                undoLast(kept);
            } else if (timed.action() instanceof Action.Restart) {
                kept.clear();
            } else {
                kept.add(timed);
            }
        }
        return kept;
    }

    private static void undoLast(List<TimedAction> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).action() instanceof Action.AskHint) {
            last--;
        }
        if (last < 0) {
            return;
        }
        boolean press = kept.remove(last).action() instanceof Action.Press;
        while (press && last > 0 && isInput(kept.get(last - 1).action())) {
            kept.remove(--last);
        }
    }

    private static boolean isInput(Action action) {
        return action instanceof Action.Fill || action instanceof Action.Choose;
    }

    public RunState state() {
        return Replay.of(sandbox, scenario, mode, seed, timedInEffect());
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
