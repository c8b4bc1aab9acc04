package fr.pasapas.sandbox.domain;

/**
 * Plays a scenario's expected path from its own data, as a learner who does each step right would: the value
 * typed is the step's, else the one the site's block expects from the persona, else the code just received.
 */
final class ExpectedPath {

    private ExpectedPath() {
    }

    static Run play(Sandbox sandbox, Run run) {
        return playSteps(sandbox, run, run.scenario().path().size());
    }

    static Run playSteps(Sandbox sandbox, Run run, int steps) {
        return playRange(sandbox, run, 0, steps);
    }

    /** Plays the expected steps from {@code first} to the end, as a learner who now does each step right. */
    static Run playFrom(Sandbox sandbox, Run run, int first) {
        return playRange(sandbox, run, first, run.scenario().path().size());
    }

    /** Plays the expected steps from {@code first} to {@code end} (excluded). */
    static Run playRange(Sandbox sandbox, Run run, int first, int end) {
        Run played = run;
        for (ExpectedAction step : run.scenario().path().subList(first, end)) {
            played = switch (step.kind()) {
                case OPEN -> played.open(step.target());
                case PRESS -> played.press(step.target());
                case CHOOSE -> played.choose(step.target(), step.value());
                case FILL -> played.fill(step.target(), valueFor(sandbox, played, step));
            };
        }
        return played;
    }

    static String valueFor(Sandbox sandbox, Run run, ExpectedAction step) {
        RunState state = run.state();
        Block block = sandbox.site(state.page().site()).flatMap(site -> site.page(state.page().page()))
                .flatMap(page -> page.block(step.target())).orElseThrow(
                        () -> new AssertionError(step.target() + " is not on " + state.page()));
        String reference = step.value() != null ? step.value() : block.expects();
        if (block.type() == BlockType.CODE_INPUT || "code".equals(reference)) {
            return state.latestCode().orElseThrow(() -> new AssertionError("no code received"));
        }
        if (reference == null) {
            return "changement adresse carte grise";
        }
        return reference.startsWith("persona.")
                ? state.persona().value(reference.substring(8)).orElseThrow() : reference;
    }
}
